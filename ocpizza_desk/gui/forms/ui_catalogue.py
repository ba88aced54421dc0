# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalogue.ui'
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
    QFormLayout, QFrame, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListView,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_CataloguePage(object):
    def setupUi(self, CataloguePage):
        if not CataloguePage.objectName():
            CataloguePage.setObjectName(u"CataloguePage")
        CataloguePage.resize(1200, 760)
        self.pageLayout = QVBoxLayout(CataloguePage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 12)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(CataloguePage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.countLabel = QLabel(CataloguePage)
        self.countLabel.setObjectName(u"countLabel")

        self.titleLayout.addWidget(self.countLabel)

        self.newButton = QPushButton(CataloguePage)
        self.newButton.setObjectName(u"newButton")

        self.titleLayout.addWidget(self.newButton)

        self.allergensButton = QPushButton(CataloguePage)
        self.allergensButton.setObjectName(u"allergensButton")

        self.titleLayout.addWidget(self.allergensButton)

        self.formulasButton = QPushButton(CataloguePage)
        self.formulasButton.setObjectName(u"formulasButton")

        self.titleLayout.addWidget(self.formulasButton)

        self.refreshButton = QPushButton(CataloguePage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.titleLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.titleLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(CataloguePage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMaxLength(80)

        self.filterLayout.addWidget(self.searchEdit)

        self.categoryFilterCombo = QComboBox(CataloguePage)
        self.categoryFilterCombo.setObjectName(u"categoryFilterCombo")

        self.filterLayout.addWidget(self.categoryFilterCombo)

        self.archivedCheck = QCheckBox(CataloguePage)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.filterLayout.addWidget(self.archivedCheck)


        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(CataloguePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.productsView = QTableView(self.splitter)
        self.productsView.setObjectName(u"productsView")
        self.productsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.productsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.productsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.productsView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.productsView)
        self.editorFrame = QFrame(self.splitter)
        self.editorFrame.setObjectName(u"editorFrame")
        self.editorLayout = QVBoxLayout(self.editorFrame)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(8, -1, 0, -1)
        self.editorTitleLabel = QLabel(self.editorFrame)
        self.editorTitleLabel.setObjectName(u"editorTitleLabel")
        self.editorTitleLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.editorTitleLabel)

        self.tabs = QTabWidget(self.editorFrame)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.codeLabel = QLabel(self.generalTab)
        self.codeLabel.setObjectName(u"codeLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.generalTab)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(40)

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(self.generalTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.generalTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(80)

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.categoryLabel = QLabel(self.generalTab)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.generalTab)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.priceLabel = QLabel(self.generalTab)
        self.priceLabel.setObjectName(u"priceLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceEdit = QLineEdit(self.generalTab)
        self.priceEdit.setObjectName(u"priceEdit")
        self.priceEdit.setMaxLength(12)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.vatLabel = QLabel(self.generalTab)
        self.vatLabel.setObjectName(u"vatLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.vatLabel)

        self.vatCombo = QComboBox(self.generalTab)
        self.vatCombo.setObjectName(u"vatCombo")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.vatCombo)

        self.descriptionLabel = QLabel(self.generalTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(self.generalTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaxLength(300)

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.bakingLabel = QLabel(self.generalTab)
        self.bakingLabel.setObjectName(u"bakingLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bakingLabel)

        self.bakingEdit = QLineEdit(self.generalTab)
        self.bakingEdit.setObjectName(u"bakingEdit")
        self.bakingEdit.setMaxLength(300)

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.bakingEdit)

        self.tabs.addTab(self.generalTab, "")
        self.recipeTab = QWidget()
        self.recipeTab.setObjectName(u"recipeTab")
        self.recipeLayout = QVBoxLayout(self.recipeTab)
        self.recipeLayout.setObjectName(u"recipeLayout")
        self.recipeView = QTableView(self.recipeTab)
        self.recipeView.setObjectName(u"recipeView")
        self.recipeView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recipeView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.recipeLayout.addWidget(self.recipeView)

        self.recipeAddLayout = QHBoxLayout()
        self.recipeAddLayout.setObjectName(u"recipeAddLayout")
        self.ingredientCombo = QComboBox(self.recipeTab)
        self.ingredientCombo.setObjectName(u"ingredientCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.ingredientCombo.sizePolicy().hasHeightForWidth())
        self.ingredientCombo.setSizePolicy(sizePolicy)

        self.recipeAddLayout.addWidget(self.ingredientCombo)

        self.doseSpin = QSpinBox(self.recipeTab)
        self.doseSpin.setObjectName(u"doseSpin")
        self.doseSpin.setMinimum(1)
        self.doseSpin.setMaximum(10000)

        self.recipeAddLayout.addWidget(self.doseSpin)

        self.addLineButton = QPushButton(self.recipeTab)
        self.addLineButton.setObjectName(u"addLineButton")

        self.recipeAddLayout.addWidget(self.addLineButton)

        self.removeLineButton = QPushButton(self.recipeTab)
        self.removeLineButton.setObjectName(u"removeLineButton")

        self.recipeAddLayout.addWidget(self.removeLineButton)


        self.recipeLayout.addLayout(self.recipeAddLayout)

        self.tabs.addTab(self.recipeTab, "")
        self.memoTab = QWidget()
        self.memoTab.setObjectName(u"memoTab")
        self.memoLayout = QVBoxLayout(self.memoTab)
        self.memoLayout.setObjectName(u"memoLayout")
        self.memoView = QListView(self.memoTab)
        self.memoView.setObjectName(u"memoView")
        self.memoView.setWordWrap(True)
        self.memoView.setAlternatingRowColors(True)
        self.memoView.setSpacing(4)

        self.memoLayout.addWidget(self.memoView)

        self.memoAddLayout = QHBoxLayout()
        self.memoAddLayout.setObjectName(u"memoAddLayout")
        self.stepEdit = QLineEdit(self.memoTab)
        self.stepEdit.setObjectName(u"stepEdit")
        self.stepEdit.setMaxLength(300)

        self.memoAddLayout.addWidget(self.stepEdit)

        self.addStepButton = QPushButton(self.memoTab)
        self.addStepButton.setObjectName(u"addStepButton")

        self.memoAddLayout.addWidget(self.addStepButton)


        self.memoLayout.addLayout(self.memoAddLayout)

        self.memoMoveLayout = QHBoxLayout()
        self.memoMoveLayout.setObjectName(u"memoMoveLayout")
        self.upButton = QPushButton(self.memoTab)
        self.upButton.setObjectName(u"upButton")

        self.memoMoveLayout.addWidget(self.upButton)

        self.downButton = QPushButton(self.memoTab)
        self.downButton.setObjectName(u"downButton")

        self.memoMoveLayout.addWidget(self.downButton)

        self.removeStepButton = QPushButton(self.memoTab)
        self.removeStepButton.setObjectName(u"removeStepButton")

        self.memoMoveLayout.addWidget(self.removeStepButton)

        self.memoSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memoMoveLayout.addItem(self.memoSpacer)


        self.memoLayout.addLayout(self.memoMoveLayout)

        self.tabs.addTab(self.memoTab, "")
        self.optionsTab = QWidget()
        self.optionsTab.setObjectName(u"optionsTab")
        self.optionsLayout = QVBoxLayout(self.optionsTab)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsView = QTableView(self.optionsTab)
        self.optionsView.setObjectName(u"optionsView")
        self.optionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.optionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.optionsLayout.addWidget(self.optionsView)

        self.optionAddLayout = QGridLayout()
        self.optionAddLayout.setObjectName(u"optionAddLayout")
        self.kindCombo = QComboBox(self.optionsTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.optionAddLayout.addWidget(self.kindCombo, 0, 0, 1, 1)

        self.optionIngredientCombo = QComboBox(self.optionsTab)
        self.optionIngredientCombo.setObjectName(u"optionIngredientCombo")

        self.optionAddLayout.addWidget(self.optionIngredientCombo, 0, 1, 1, 2)

        self.optionDoseSpin = QSpinBox(self.optionsTab)
        self.optionDoseSpin.setObjectName(u"optionDoseSpin")
        self.optionDoseSpin.setMinimum(0)
        self.optionDoseSpin.setMaximum(10000)

        self.optionAddLayout.addWidget(self.optionDoseSpin, 1, 0, 1, 1)

        self.optionPriceEdit = QLineEdit(self.optionsTab)
        self.optionPriceEdit.setObjectName(u"optionPriceEdit")
        self.optionPriceEdit.setMaxLength(10)

        self.optionAddLayout.addWidget(self.optionPriceEdit, 1, 1, 1, 1)

        self.optionLabelEdit = QLineEdit(self.optionsTab)
        self.optionLabelEdit.setObjectName(u"optionLabelEdit")
        self.optionLabelEdit.setMaxLength(80)

        self.optionAddLayout.addWidget(self.optionLabelEdit, 1, 2, 1, 1)

        self.addOptionButton = QPushButton(self.optionsTab)
        self.addOptionButton.setObjectName(u"addOptionButton")

        self.optionAddLayout.addWidget(self.addOptionButton, 2, 0, 1, 1)

        self.removeOptionButton = QPushButton(self.optionsTab)
        self.removeOptionButton.setObjectName(u"removeOptionButton")

        self.optionAddLayout.addWidget(self.removeOptionButton, 2, 1, 1, 1)


        self.optionsLayout.addLayout(self.optionAddLayout)

        self.tabs.addTab(self.optionsTab, "")
        self.storesTab = QWidget()
        self.storesTab.setObjectName(u"storesTab")
        self.storesLayout = QHBoxLayout(self.storesTab)
        self.storesLayout.setObjectName(u"storesLayout")
        self.availabilityLayout = QVBoxLayout()
        self.availabilityLayout.setObjectName(u"availabilityLayout")
        self.storesLabel = QLabel(self.storesTab)
        self.storesLabel.setObjectName(u"storesLabel")

        self.availabilityLayout.addWidget(self.storesLabel)

        self.storesView = QListView(self.storesTab)
        self.storesView.setObjectName(u"storesView")
        self.storesView.setSpacing(4)

        self.availabilityLayout.addWidget(self.storesView)


        self.storesLayout.addLayout(self.availabilityLayout)

        self.photoLayout = QVBoxLayout()
        self.photoLayout.setObjectName(u"photoLayout")
        self.photoLabel = QLabel(self.storesTab)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(240, 180))
        self.photoLabel.setMaximumSize(QSize(240, 180))
        self.photoLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.photoLayout.addWidget(self.photoLabel)

        self.photoInfoLabel = QLabel(self.storesTab)
        self.photoInfoLabel.setObjectName(u"photoInfoLabel")
        self.photoInfoLabel.setWordWrap(True)

        self.photoLayout.addWidget(self.photoInfoLabel)

        self.choosePhotoButton = QPushButton(self.storesTab)
        self.choosePhotoButton.setObjectName(u"choosePhotoButton")

        self.photoLayout.addWidget(self.choosePhotoButton)

        self.removePhotoButton = QPushButton(self.storesTab)
        self.removePhotoButton.setObjectName(u"removePhotoButton")

        self.photoLayout.addWidget(self.removePhotoButton)

        self.photoSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.photoLayout.addItem(self.photoSpacer)


        self.storesLayout.addLayout(self.photoLayout)

        self.tabs.addTab(self.storesTab, "")

        self.editorLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(self.editorFrame)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.messageLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.archiveButton = QPushButton(self.editorFrame)
        self.archiveButton.setObjectName(u"archiveButton")

        self.actionsLayout.addWidget(self.archiveButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.revertButton = QPushButton(self.editorFrame)
        self.revertButton.setObjectName(u"revertButton")

        self.actionsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.editorFrame)
        self.saveButton.setObjectName(u"saveButton")

        self.actionsLayout.addWidget(self.saveButton)


        self.editorLayout.addLayout(self.actionsLayout)

        self.splitter.addWidget(self.editorFrame)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.priceLabel.setBuddy(self.priceEdit)
        self.vatLabel.setBuddy(self.vatCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.bakingLabel.setBuddy(self.bakingEdit)
        self.storesLabel.setBuddy(self.storesView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.categoryFilterCombo)
        QWidget.setTabOrder(self.categoryFilterCombo, self.archivedCheck)
        QWidget.setTabOrder(self.archivedCheck, self.productsView)
        QWidget.setTabOrder(self.productsView, self.tabs)
        QWidget.setTabOrder(self.tabs, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.priceEdit)
        QWidget.setTabOrder(self.priceEdit, self.vatCombo)
        QWidget.setTabOrder(self.vatCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.bakingEdit)
        QWidget.setTabOrder(self.bakingEdit, self.saveButton)

        self.retranslateUi(CataloguePage)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(CataloguePage)
    # setupUi

    def retranslateUi(self, CataloguePage):
        self.titleLabel.setText(QCoreApplication.translate("CataloguePage", u"Catalogue", None))
        self.newButton.setText(QCoreApplication.translate("CataloguePage", u"New product", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("CataloguePage", u"Start a new product (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.allergensButton.setText(QCoreApplication.translate("CataloguePage", u"Allergens\u2026", None))
#if QT_CONFIG(tooltip)
        self.allergensButton.setToolTip(QCoreApplication.translate("CataloguePage", u"Record each ingredient's allergens (the 14 of EU regulation 1169/2011)", None))
#endif // QT_CONFIG(tooltip)
        self.formulasButton.setText(QCoreApplication.translate("CataloguePage", u"Formulas\u2026", None))
#if QT_CONFIG(tooltip)
        self.formulasButton.setToolTip(QCoreApplication.translate("CataloguePage", u"The formulas (menus): a set price, one choice per slot, supplements", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("CataloguePage", u"Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("CataloguePage", u"Reload the list (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CataloguePage", u"Name or code\u2026 (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.categoryFilterCombo.setToolTip(QCoreApplication.translate("CataloguePage", u"Category", None))
#endif // QT_CONFIG(tooltip)
        self.archivedCheck.setText(QCoreApplication.translate("CataloguePage", u"Show &archived", None))
#if QT_CONFIG(accessibility)
        self.productsView.setAccessibleName(QCoreApplication.translate("CataloguePage", u"Products", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("CataloguePage", u"Co&de", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("CataloguePage", u"lowercase, e.g. truffe_noire", None))
        self.nameLabel.setText(QCoreApplication.translate("CataloguePage", u"&Name", None))
        self.categoryLabel.setText(QCoreApplication.translate("CataloguePage", u"Categor&y", None))
        self.priceLabel.setText(QCoreApplication.translate("CataloguePage", u"&Price incl. VAT (\u20ac)", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("CataloguePage", u"12,50", None))
        self.vatLabel.setText(QCoreApplication.translate("CataloguePage", u"&VAT rate", None))
        self.descriptionLabel.setText(QCoreApplication.translate("CataloguePage", u"Descr&iption", None))
        self.bakingLabel.setText(QCoreApplication.translate("CataloguePage", u"&Baking", None))
        self.bakingEdit.setPlaceholderText(QCoreApplication.translate("CataloguePage", u"Oven, temperature, time", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("CataloguePage", u"&General", None))
#if QT_CONFIG(accessibility)
        self.recipeView.setAccessibleName(QCoreApplication.translate("CataloguePage", u"Recipe lines", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.recipeView.setToolTip(QCoreApplication.translate("CataloguePage", u"Double-click a dose to change it; Del removes the line", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.ingredientCombo.setToolTip(QCoreApplication.translate("CataloguePage", u"Ingredient", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.doseSpin.setToolTip(QCoreApplication.translate("CataloguePage", u"Dose in the ingredient's unit (Enter adds the line)", None))
#endif // QT_CONFIG(tooltip)
        self.addLineButton.setText(QCoreApplication.translate("CataloguePage", u"Add &line", None))
#if QT_CONFIG(tooltip)
        self.addLineButton.setToolTip(QCoreApplication.translate("CataloguePage", u"Add this ingredient to the recipe (Alt+L)", None))
#endif // QT_CONFIG(tooltip)
        self.removeLineButton.setText(QCoreApplication.translate("CataloguePage", u"Remove line", None))
#if QT_CONFIG(tooltip)
        self.removeLineButton.setToolTip(QCoreApplication.translate("CataloguePage", u"Remove the selected line (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.recipeTab), QCoreApplication.translate("CataloguePage", u"&Recipe", None))
#if QT_CONFIG(accessibility)
        self.memoView.setAccessibleName(QCoreApplication.translate("CataloguePage", u"Memo steps", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.memoView.setToolTip(QCoreApplication.translate("CataloguePage", u"Double-click a step to change it; Ctrl+Up and Ctrl+Down move it", None))
#endif // QT_CONFIG(tooltip)
        self.stepEdit.setPlaceholderText(QCoreApplication.translate("CataloguePage", u"A new step (Enter adds it)", None))
        self.addStepButton.setText(QCoreApplication.translate("CataloguePage", u"Add step", None))
#if QT_CONFIG(tooltip)
        self.addStepButton.setToolTip(QCoreApplication.translate("CataloguePage", u"Add the step at the end (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("CataloguePage", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("CataloguePage", u"Move the selected step up (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("CataloguePage", u"Move do&wn", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("CataloguePage", u"Move the selected step down (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.removeStepButton.setText(QCoreApplication.translate("CataloguePage", u"Remove step", None))
#if QT_CONFIG(tooltip)
        self.removeStepButton.setToolTip(QCoreApplication.translate("CataloguePage", u"Remove the selected step (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.memoTab), QCoreApplication.translate("CataloguePage", u"&Memo", None))
#if QT_CONFIG(accessibility)
        self.optionsView.setAccessibleName(QCoreApplication.translate("CataloguePage", u"Customisation options", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.optionsView.setToolTip(QCoreApplication.translate("CataloguePage", u"Double-click (or F2) an extra's dose or price, or a label, to change it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("CataloguePage", u"Without an ingredient of the recipe, or an extra dose at a price", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.optionIngredientCombo.setToolTip(QCoreApplication.translate("CataloguePage", u"Ingredient", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.optionDoseSpin.setToolTip(QCoreApplication.translate("CataloguePage", u"Extra dose in the ingredient's unit", None))
#endif // QT_CONFIG(tooltip)
        self.optionPriceEdit.setPlaceholderText(QCoreApplication.translate("CataloguePage", u"Price, e.g. 1,50", None))
        self.optionLabelEdit.setPlaceholderText(QCoreApplication.translate("CataloguePage", u"Label (optional)", None))
        self.addOptionButton.setText(QCoreApplication.translate("CataloguePage", u"Add opti&on", None))
#if QT_CONFIG(tooltip)
        self.addOptionButton.setToolTip(QCoreApplication.translate("CataloguePage", u"Add this customisation (Alt+O)", None))
#endif // QT_CONFIG(tooltip)
        self.removeOptionButton.setText(QCoreApplication.translate("CataloguePage", u"Remove option", None))
#if QT_CONFIG(tooltip)
        self.removeOptionButton.setToolTip(QCoreApplication.translate("CataloguePage", u"Remove the selected customisation (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.optionsTab), QCoreApplication.translate("CataloguePage", u"Op&tions", None))
        self.storesLabel.setText(QCoreApplication.translate("CataloguePage", u"Sold in", None))
#if QT_CONFIG(accessibility)
        self.storesView.setAccessibleName(QCoreApplication.translate("CataloguePage", u"Stores selling this product", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.storesView.setToolTip(QCoreApplication.translate("CataloguePage", u"Space ticks or unticks the selected store", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.photoLabel.setAccessibleName(QCoreApplication.translate("CataloguePage", u"Photo", None))
#endif // QT_CONFIG(accessibility)
        self.choosePhotoButton.setText(QCoreApplication.translate("CataloguePage", u"&Choose photo\u2026", None))
#if QT_CONFIG(tooltip)
        self.choosePhotoButton.setToolTip(QCoreApplication.translate("CataloguePage", u"A PNG or JPEG image, 2 MB at most (Alt+C)", None))
#endif // QT_CONFIG(tooltip)
        self.removePhotoButton.setText(QCoreApplication.translate("CataloguePage", u"Remove photo", None))
        self.tabs.setTabText(self.tabs.indexOf(self.storesTab), QCoreApplication.translate("CataloguePage", u"&Stores and photo", None))
        self.archiveButton.setText(QCoreApplication.translate("CataloguePage", u"Arc&hive", None))
#if QT_CONFIG(tooltip)
        self.archiveButton.setToolTip(QCoreApplication.translate("CataloguePage", u"Take the product off every menu; past orders keep it (Alt+H)", None))
#endif // QT_CONFIG(tooltip)
        self.revertButton.setText(QCoreApplication.translate("CataloguePage", u"R&evert", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("CataloguePage", u"Forget the changes and show the saved product (Alt+E)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("CataloguePage", u"Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("CataloguePage", u"Save the product (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

