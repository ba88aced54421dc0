"""The app's look: one stylesheet, OC Pizza's tomato red on a warm light background."""

from ocpizza_desk.assets import resource_path

# Every colour of the application is named here, by what it means; the rest of the code
# uses these names (tests/test_colours.py holds every other module to it).
BRAND = "#c0392b"
BRAND_DARK = "#962d22"
INK = "#2b2b2b"
MUTED = "#6b6b6b"
FOCUS = "#1f5fa8"  # where the keyboard is: blue, so that it never reads as an error (red)
STATUS_LINE = "#f1ebe2"  # the touch screens' message strip (gui/touch.StatusLine)
PAPER = "#fbf8f4"
WHITE = "#ffffff"

# -- states of things, as text (ink) and cell backgrounds
GOOD = "#2e7d32"  # done, gained, matching, on time
BAD = BRAND_DARK  # refused, missing, owed, out of stock
LATE = BRAND
WARNING = "#b26a00"  # soon due, not quite right
LOW_STOCK = "#a35a00"
APPROXIMATE = "#9a5b00"  # an estimated time or place (≈)
PLANNED = "#8a4f00"  # a delivery planned, an estimate's notice
DISABLED = "#9a9a9a"  # cancelled, inactive
WITHDRAWN = "#8a8a8a"  # off the menu
BAD_BACKGROUND = "#fbdedb"  # an invalid cell, an ingredient out of stock
LOW_BACKGROUND = "#fff1dc"
COIN_BACKGROUND = "#f6f1ea"  # the coins' rows of the cash drawer
ESTIMATE_BACKGROUND = "#fff4e0"
ESTIMATE_BORDER = "#e08a00"

# -- the database link's state, in the status bar
LINK_CONNECTED = GOOD
LINK_SLOW = "#c9a000"
LINK_RECONNECTING = "#e08a00"
LINK_OFFLINE = BRAND

# -- tables of printed documents (reports, customer files) and light lists
TABLE_HEADER = "#f1ebe3"
TABLE_BORDER = "#e0d7cc"
TABLE_RULE = "#eee4d8"

# -- the map
MAP_ROUTE = "#1a73e8"
MAP_CASING = WHITE
MAP_STORE = BRAND
MAP_STOP = "#202124"
MAP_PIN = "#d35400"
MAP_APPROXIMATE = "#e08a00"
MAP_BACKGROUND = "#f4f5f7"
MAP_GRID = "#e4e7eb"
MAP_TILE_BORDER = "#d5d9de"
MAP_BADGE_FILL = ESTIMATE_BACKGROUND
MAP_BADGE_BORDER = ESTIMATE_BORDER
MAP_BADGE_INK = PLANNED
MAP_BUTTON_BORDER = "#b9bec5"
MAP_BUTTON_HOVER = "#eef3fb"
MAP_BUTTON_FILL = "rgba(255,255,255,235)"  # in a stylesheet
# (red, green, blue, alpha) for QColor(*...)
MAP_SHADOW = (0, 0, 0, 60)
MAP_APPROXIMATE_AREA = (224, 138, 0, 40)
MAP_LABEL_BORDER = (0, 0, 0, 40)
MAP_LABEL_FILL = (255, 255, 255, 235)
MAP_SCALE_FILL = (255, 255, 255, 210)
MAP_ATTRIBUTION_FILL = (255, 255, 255, 215)

# -- charts: one colour per series, in order; the total's line
CHART_PALETTE = (
    "#c0392b",
    "#1f5fa8",
    "#2e7d32",
    "#e08a00",
    "#7b3f98",
    "#00838f",
    "#8d6e63",
    "#d81b60",
    "#546e7a",
    "#9e9d24",
)
CHART_TOTAL = INK


def set_styled_property(widget, name: str, value, *styled_inside) -> bool:
    """Set a property the stylesheet selects on (`QLabel[role="error"]`) and polish again the
    widget and the children `styled_inside` whose rules name it: Qt does not re-read the
    selectors when a property changes. False when the value was already set."""
    if widget.property(name) == value:
        return False
    widget.setProperty(name, value)
    for styled in (widget, *styled_inside):
        styled.style().unpolish(styled)
        styled.style().polish(styled)
    return True


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
QLabel[statusLine="true"] {{
    background: {STATUS_LINE}; border-left: 3px solid #d9cfc2; border-radius: 3px;
    padding: 0 8px;
}}
QPushButton, QToolButton[popupMode="2"] {{
    padding: 6px 14px; border: 1px solid #c9c2b8; border-radius: 4px; background: white;
}}
QToolButton[popupMode="2"] {{ padding-right: 20px; }}
QPushButton:hover, QToolButton[popupMode="2"]:hover {{ border-color: {BRAND}; }}
QPushButton:focus, QToolButton[popupMode="2"]:focus {{ border: 2px solid {FOCUS}; }}
QPushButton:default {{ background: {BRAND}; color: white; border-color: {BRAND_DARK}; }}
QPushButton:default:hover {{ background: {BRAND_DARK}; }}
QPushButton:disabled, QToolButton[popupMode="2"]:disabled {{
    background: #eee; color: #999; border-color: #ddd;
}}
QLineEdit, QComboBox {{
    padding: 5px 6px; border: 1px solid #c9c2b8; border-radius: 4px; background: white;
}}
QLineEdit:focus, QComboBox:focus {{ border: 2px solid {FOCUS}; }}
QComboBox::drop-down {{ border: none; width: 24px; }}
QComboBox::down-arrow {{ image: url("{CHEVRON}"); width: 12px; height: 8px; }}
QFrame#headerFrame {{ background: {BRAND}; }}
QFrame#headerFrame QLabel {{ color: white; }}
QFrame#headerFrame QLabel#brandLabel {{ font-size: 15pt; font-weight: 700; }}
QFrame#headerFrame QLabel#storeLabel {{ font-size: 12pt; }}  /* not the staff form's */
QFrame#headerFrame QPushButton {{
    background: transparent; color: white; border: 1px solid rgba(255,255,255,0.7);
}}
QFrame#headerFrame QPushButton:hover {{ background: {BRAND_DARK}; }}
QFrame#headerFrame QPushButton:focus {{ border: 2px solid white; }}
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
QFrame#orderCard[changed="true"] {{ border: 4px solid #b25900; }}
QFrame#changeBanner {{
    background: #fff3cd; border: 3px solid #b25900; border-radius: 6px;
}}
QFrame#changeBanner[lit="true"] {{ background: #ffd24d; }}
QFrame#changeBanner QLabel#changeTitleLabel {{ font-size: 15pt; font-weight: 800; color: #6b2700; }}
QFrame#changeBanner QLabel#changeItemsLabel {{ color: #3d1600; }}
QFrame#changeBanner QLabel#changeWhyLabel {{ font-size: 11pt; color: #3d1600; }}
QFrame#changeBanner QPushButton#acknowledgeButton {{
    font-size: 14pt; font-weight: 700; background: #6b2700; color: white;
    border: none; border-radius: 6px;
}}
QFrame#changeBanner QPushButton#acknowledgeButton:focus {{ border: 3px solid {FOCUS}; }}
QFrame#changeBanner QPushButton#acknowledgeButton:disabled {{ background: #bbb; }}
QScrollArea#cardsArea, QWidget#cardsContainer {{ background: {PAPER}; }}
QScrollArea#placementArea, QWidget#placementContents {{ background: transparent; }}
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
