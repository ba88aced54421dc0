# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignInWindow(object):
    def setupUi(self, SignInWindow):
        if not SignInWindow.objectName():
            SignInWindow.setObjectName(u"SignInWindow")
        SignInWindow.resize(460, 520)
        SignInWindow.setMinimumSize(QSize(420, 480))
        self.outerLayout = QVBoxLayout(SignInWindow)
        self.outerLayout.setSpacing(14)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(40, 32, 40, 20)
        self.logoLabel = QLabel(SignInWindow)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.outerLayout.addWidget(self.logoLabel)

        self.titleLabel = QLabel(SignInWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.outerLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(SignInWindow)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.outerLayout.addWidget(self.subtitleLabel)

        self.topSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.outerLayout.addItem(self.topSpacer)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(10)
        self.usernameLabel = QLabel(SignInWindow)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(SignInWindow)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(SignInWindow)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(SignInWindow)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setMaxLength(256)
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.languageLabel = QLabel(SignInWindow)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SignInWindow)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.outerLayout.addLayout(self.formLayout)

        self.signInButton = QPushButton(SignInWindow)
        self.signInButton.setObjectName(u"signInButton")
        self.signInButton.setMinimumSize(QSize(0, 40))

        self.outerLayout.addWidget(self.signInButton)

        self.messageLabel = QLabel(SignInWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.messageLabel)

        self.progressBar = QProgressBar(SignInWindow)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)
        self.progressBar.setMaximumSize(QSize(16777215, 6))

        self.outerLayout.addWidget(self.progressBar)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

        self.databaseLabel = QLabel(SignInWindow)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setWordWrap(True)
        self.databaseLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.outerLayout.addWidget(self.databaseLabel)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.languageCombo)

        self.retranslateUi(SignInWindow)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(SignInWindow)
    # setupUi

    def retranslateUi(self, SignInWindow):
        SignInWindow.setWindowTitle(QCoreApplication.translate("SignInWindow", u"OC Pizza \u2014 Sign in", None))
        self.titleLabel.setText(QCoreApplication.translate("SignInWindow", u"OC Pizza", None))
        self.subtitleLabel.setText(QCoreApplication.translate("SignInWindow", u"Staff back-office", None))
        self.usernameLabel.setText(QCoreApplication.translate("SignInWindow", u"&Username", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("SignInWindow", u"e.g. accueil.bastille", None))
        self.passwordLabel.setText(QCoreApplication.translate("SignInWindow", u"&Password", None))
        self.languageLabel.setText(QCoreApplication.translate("SignInWindow", u"&Language", None))
        self.signInButton.setText(QCoreApplication.translate("SignInWindow", u"Sign in", None))
    # retranslateUi

