"""The app's look: one stylesheet, OC Pizza's tomato red on a warm light background."""

from ocpizza_desk.assets import resource_path

BRAND = "#c0392b"
BRAND_DARK = "#962d22"
INK = "#2b2b2b"
MUTED = "#6b6b6b"
PAPER = "#fbf8f4"

CHEVRON = resource_path("icons", "chevron-down.svg").as_posix()

STYLESHEET = f"""
QWidget {{ font-size: 10.5pt; color: {INK}; }}
QMainWindow, QWidget#SignInWindow {{ background: {PAPER}; }}
QScrollArea#screenArea, QScrollArea#screenArea > QWidget > QWidget {{ background: {PAPER}; }}
QLabel#titleLabel {{ font-size: 22pt; font-weight: 700; color: {BRAND}; }}
QLabel#subtitleLabel, QLabel#databaseLabel, QLabel#updatedLabel {{ color: {MUTED}; }}
QLabel#databaseLabel {{ font-size: 8.5pt; }}
QLabel[role="error"] {{ color: {BRAND_DARK}; font-weight: 600; }}
QLabel[role="info"] {{ color: {MUTED}; }}
QPushButton, QToolButton[popupMode="2"] {{
    padding: 6px 14px; border: 1px solid #c9c2b8; border-radius: 4px; background: white;
}}
QToolButton[popupMode="2"] {{ padding-right: 20px; }}
QPushButton:hover, QToolButton[popupMode="2"]:hover {{ border-color: {BRAND}; }}
QPushButton:focus, QToolButton[popupMode="2"]:focus {{ border: 2px solid {BRAND}; }}
QPushButton:default {{ background: {BRAND}; color: white; border-color: {BRAND_DARK}; }}
QPushButton:default:hover {{ background: {BRAND_DARK}; }}
QPushButton:disabled, QToolButton[popupMode="2"]:disabled {{
    background: #eee; color: #999; border-color: #ddd;
}}
QLineEdit, QComboBox {{
    padding: 5px 6px; border: 1px solid #c9c2b8; border-radius: 4px; background: white;
}}
QLineEdit:focus, QComboBox:focus {{ border: 2px solid {BRAND}; }}
QComboBox::drop-down {{ border: none; width: 24px; }}
QComboBox::down-arrow {{ image: url("{CHEVRON}"); width: 12px; height: 8px; }}
QFrame#headerFrame {{ background: {BRAND}; }}
QFrame#headerFrame QLabel {{ color: white; }}
QLabel#brandLabel {{ font-size: 15pt; font-weight: 700; }}
QLabel#storeLabel {{ font-size: 12pt; }}
QFrame#headerFrame QPushButton {{
    background: transparent; color: white; border: 1px solid rgba(255,255,255,0.7);
}}
QFrame#headerFrame QPushButton:hover {{ background: {BRAND_DARK}; }}
QFrame#maintenanceBanner {{ background: #fff3cd; border-bottom: 2px solid #e08a00; }}
QFrame#maintenanceBanner QLabel {{ color: #5c3d00; font-size: 12pt; font-weight: 600; }}
QListWidget#navigationList {{
    background: #f1ebe3; border: none; border-right: 1px solid #e0d7cc; padding-top: 8px;
}}
QListWidget#navigationList::item {{ padding: 10px 14px; border-radius: 0; }}
QListWidget#navigationList::item:selected {{
    background: white; color: {BRAND}; border-left: 4px solid {BRAND}; font-weight: 600;
}}
QLabel#pageTitle, QWidget#DashboardPage QLabel#titleLabel {{
    font-size: 17pt; font-weight: 700; color: {INK};
}}
QFrame#orderCard {{
    background: white; border: 2px solid #e6ded3; border-radius: 8px; padding: 4px;
}}
QFrame#orderCard[started="true"] {{ background: #fff8ec; }}
QFrame#orderCard[urgency="soon"] {{ border-color: #e08a00; }}
QFrame#orderCard[urgency="late"] {{ border-color: {BRAND}; background: #fdecea; }}
QFrame#orderCard[fresh="true"] {{ border: 4px solid #f1c40f; }}
QFrame#orderCard QLabel {{ font-size: 13pt; }}
QFrame#orderCard QLabel#numberLabel {{ font-size: 17pt; font-weight: 700; }}
QFrame#orderCard QLabel#waitLabel {{ font-size: 17pt; font-weight: 700; }}
QFrame#orderCard[urgency="ok"] QLabel#waitLabel {{ color: #2e7d32; }}
QFrame#orderCard[urgency="soon"] QLabel#waitLabel {{ color: #b26a00; }}
QFrame#orderCard[urgency="late"] QLabel#waitLabel {{ color: {BRAND}; }}
QFrame#orderCard QLabel#modeLabel[delivery="true"] {{ color: #1f5fa8; font-weight: 600; }}
QFrame#orderCard QLabel#promisedLabel, QFrame#orderCard QLabel#modeLabel {{ font-size: 11pt; }}
QFrame#orderCard QLabel#notesLabel {{ font-style: italic; color: {MUTED}; }}
QFrame#orderCard QPushButton#actionButton {{
    font-size: 15pt; font-weight: 700; background: {BRAND}; color: white;
    border: none; border-radius: 6px;
}}
QFrame#orderCard[started="true"] QPushButton#actionButton {{ background: #2e7d32; }}
QFrame#orderCard QPushButton#actionButton:disabled {{ background: #bbb; }}
QScrollArea#cardsArea, QWidget#cardsContainer {{ background: {PAPER}; }}
QLabel#emptyLabel {{ font-size: 16pt; color: {MUTED}; padding: 40px; }}
QFrame[tile="true"] {{ background: white; border: 1px solid #e6ded3; border-radius: 6px; }}
QLabel[tileValue="true"] {{ font-size: 20pt; font-weight: 700; color: {BRAND}; }}
QLabel[tileCaption="true"] {{ color: {MUTED}; }}
QTableWidget, QTableView {{
    background: white; alternate-background-color: #faf6f1; gridline-color: #eee4d8;
    border: 1px solid #e6ded3;
}}
QHeaderView::section {{
    background: #f1ebe3; padding: 5px; border: none; border-bottom: 1px solid #e0d7cc;
    font-weight: 600;
}}
QProgressBar {{ border: none; background: #eee4d8; }}
QProgressBar::chunk {{ background: {BRAND}; }}
QStatusBar {{ color: {MUTED}; }}
"""
