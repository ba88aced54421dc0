"""The words beside the map: how far, how long, in which order, and which way.

Totals in the French way ("3,4 km", "18 min"), each stop with the time it is reached after
leaving the store (the legs' durations added up), then the turn-by-turn steps. Google's
instructions can carry HTML (legacy Directions: <b>, <div>); they are shown as plain text.
An offline estimate says so first, with the reason, and has no steps to show.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ocpizza_desk.gui import i18n, style
from ocpizza_desk.services.itineraries import Itinerary

translate = QCoreApplication.translate
_BLOCKS = {"div", "br", "p", "li", "wbr"}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_instruction(text: str) -> str:
    """Google's instruction as one line of plain text: tags out, entities decoded, the
    parts that were separate blocks ("Destination will be on the right") joined by " – "."""
    parser = _TextOnly()
    parser.feed(text or "")
    parser.close()
    lines = [re.sub(r"\s+", " ", line).strip() for line in "".join(parser.parts).split("\n")]
    return html.unescape(" – ".join(line for line in lines if line))


def _decimal(value: float) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if i18n.language() == "fr" else text


def format_km(metres: int) -> str:
    """Totals: always in km with one decimal ("3,4 km", "0,8 km")."""
    return f"{_decimal(metres / 1000)} km"


def format_distance(metres: int) -> str:
    """Steps: metres under a kilometre ("250 m"), else km ("1,2 km")."""
    if metres < 1000:
        return f"{round(metres / 10) * 10 if metres >= 100 else metres} m"
    return format_km(metres)


def format_minutes(seconds: int) -> str:
    """ "18 min", "1 h 05"; a trip under half a minute still shows "1 min"."""
    minutes = max(1, round(seconds / 60)) if seconds > 0 else 0
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d}"


class ItineraryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itineraryPanel")
        self._itinerary: Itinerary | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.totalsLabel = QLabel(self)
        self.totalsLabel.setObjectName("itineraryTotals")
        self.totalsLabel.setStyleSheet("font-size: 16pt; font-weight: 700;")
        self.estimateFrame = QFrame(self)
        self.estimateFrame.setObjectName("estimateFrame")
        self.estimateFrame.setStyleSheet(
            f"QFrame#estimateFrame {{ background: {style.ESTIMATE_BACKGROUND};"
            f" border: 1px solid {style.ESTIMATE_BORDER}; border-radius: 5px; }}"
            f" QLabel {{ color: {style.PLANNED}; background: transparent; }}"
        )
        frame_layout = QVBoxLayout(self.estimateFrame)
        frame_layout.setContentsMargins(10, 6, 10, 6)
        self.estimateLabel = QLabel(self.estimateFrame)
        self.estimateLabel.setObjectName("estimateLabel")
        self.estimateLabel.setWordWrap(True)
        frame_layout.addWidget(self.estimateLabel)
        self.stopsTitle = QLabel(self)
        self.stopsTitle.setStyleSheet("font-weight: 700;")
        self.stopsLabel = QLabel(self)
        self.stopsLabel.setObjectName("itineraryStops")
        self.stopsLabel.setWordWrap(True)
        self.stopsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.stepsTitle = QLabel(self)
        self.stepsTitle.setStyleSheet("font-weight: 700;")
        self.stepsList = QListWidget(self)
        self.stepsList.setObjectName("itinerarySteps")
        self.stepsList.setWordWrap(True)
        self.stepsList.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.stepsList.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.stepsList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stepsList.setStyleSheet(
            f"QListWidget {{ background: {style.WHITE}; border: 1px solid {style.TABLE_BORDER};"
            " border-radius: 4px; }"
            " QListWidget::item { padding: 5px 6px;"
            f" border-bottom: 1px solid {style.TABLE_HEADER}; }}"
        )
        self.noStepsLabel = QLabel(self)
        self.noStepsLabel.setObjectName("noStepsLabel")
        self.noStepsLabel.setProperty("role", "info")
        self.noStepsLabel.setWordWrap(True)
        for widget in (
            self.totalsLabel,
            self.estimateFrame,
            self.stopsTitle,
            self.stopsLabel,
            self.stepsTitle,
            self.noStepsLabel,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.stepsList, 1)  # the steps take the height; else the stretch
        layout.addStretch(0)
        self.set_itinerary(None)

    def set_itinerary(self, itinerary: Itinerary | None) -> None:
        self._itinerary = itinerary
        self._show()

    def itinerary(self) -> Itinerary | None:
        return self._itinerary

    # what the tests (and a printout) read
    def totals_text(self) -> str:
        return self.totalsLabel.text()

    def stop_rows(self) -> list[str]:
        return list(self._stop_rows)

    def step_rows(self) -> list[str]:
        return [self.stepsList.item(i).text() for i in range(self.stepsList.count())]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

    def _show(self) -> None:
        it = self._itinerary
        self.stopsTitle.setText(translate("ItineraryPanel", "Stops (time after leaving the store)"))
        self.stepsTitle.setText(translate("ItineraryPanel", "Directions"))
        self.stepsList.clear()
        self._stop_rows: list[str] = []
        if it is None:
            self.totalsLabel.setText(translate("ItineraryPanel", "No itinerary"))
            for widget in (
                self.estimateFrame,
                self.stopsTitle,
                self.stopsLabel,
                self.stepsTitle,
                self.stepsList,
                self.noStepsLabel,
            ):
                widget.setVisible(False)
            return
        self.totalsLabel.setText(
            translate("ItineraryPanel", "{distance} · {duration}").format(
                distance=format_km(it.distance_m), duration=format_minutes(it.duration_s)
            )
        )
        self.estimateFrame.setVisible(it.estimate)
        if it.estimate:
            self.estimateLabel.setText(
                "<b>"
                + html.escape(translate("ItineraryPanel", "Estimate"))
                + "</b><br>"
                + html.escape(it.notice_text(i18n.language()))
                + "<br>"
                + html.escape(
                    translate(
                        "ItineraryPanel",
                        "Distances and times are worked out from the straight-line distance; the line drawn is not the road.",  # noqa: E501
                    )
                )
            )
        elapsed = 0
        rows_html = []
        for index, stop in enumerate(it.stops):
            if index < len(it.leg_durations_s):
                elapsed += it.leg_durations_s[index]
                when = translate("ItineraryPanel", "+{duration}").format(
                    duration=format_minutes(elapsed)
                )
            else:
                when = "—"
            row = f"{stop.label}. {stop.title} — {when}"
            self._stop_rows.append(row)
            rows_html.append(
                "<tr><td style='padding:2px 8px 2px 0'><b>"
                + html.escape(stop.label)
                + "</b></td><td style='padding:2px 8px 2px 0'>"
                + html.escape(stop.title)
                + "</td><td style='padding:2px 0' align='right'><b>"
                + html.escape(when)
                + "</b></td></tr>"
            )
        self.stopsLabel.setText("<table>" + "".join(rows_html) + "</table>")
        for widget in (self.stopsTitle, self.stopsLabel, self.stepsTitle):
            widget.setVisible(True)
        steps = [s for s in it.steps if plain_instruction(s.instruction)]
        if it.estimate or not steps:
            self.noStepsLabel.setText(
                translate("ItineraryPanel", "No turn-by-turn directions in the offline estimate.")
                if it.estimate
                else translate("ItineraryPanel", "No turn-by-turn directions for this route.")
            )
            self.noStepsLabel.setVisible(True)
            self.stepsList.setVisible(False)
            return
        self.noStepsLabel.setVisible(False)
        self.stepsList.setVisible(True)
        for number, step in enumerate(steps, start=1):
            text = f"{number}. {plain_instruction(step.instruction)}"
            if step.distance_m:  # "250 m" never split over two lines
                text += " (" + format_distance(step.distance_m).replace(" ", "\u00a0") + ")"
            QListWidgetItem(text, self.stepsList)


def scrolling(panel: ItineraryPanel) -> QScrollArea:
    """The panel in a frameless scroll area, for screens where the map shares the height."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(panel)
    area.viewport().setAutoFillBackground(False)  # the page's colour, not the viewport's grey
    panel.setAutoFillBackground(False)
    area.setStyleSheet("QScrollArea { background: transparent; }")
    return area
