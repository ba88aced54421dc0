"""A pizza's recipe memo for the pizzaiolo: doses, the steps in order, baking notes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from ocpizza_desk.gui.access import AccessibleDialog
from ocpizza_desk.gui.forms.ui_recipe_memo import Ui_RecipeMemoDialog
from ocpizza_desk.gui.labels import quantity_text
from ocpizza_desk.services.kitchen import RecipeMemo

translate = QCoreApplication.translate


def memo_html(memo: RecipeMemo) -> str:
    ingredients_caption = translate("RecipeMemo", "Ingredients")
    steps_caption = translate("RecipeMemo", "Steps")
    baking_caption = translate("RecipeMemo", "Baking")
    rows = "".join(
        f"<tr><td>{escape(i.name)}</td>"
        f"<td align='right'><b>{escape(quantity_text(i.quantity, i.unit))}</b></td></tr>"
        for i in memo.ingredients
    )
    steps = "".join(f"<li style='margin-bottom:6px'>{escape(s)}</li>" for s in memo.steps)
    parts = [
        f"<h1>{escape(memo.name)}</h1>",
        f"<h3>{escape(ingredients_caption)}</h3>",
        f"<table width='100%' cellpadding='4'>{rows}</table>",
        f"<h3>{escape(steps_caption)}</h3><ol>{steps}</ol>",
    ]
    if memo.baking_notes:
        parts.append(f"<h3>{escape(baking_caption)}</h3><p>{escape(memo.baking_notes)}</p>")
    return "".join(parts)


class RecipeMemoDialog(AccessibleDialog):

    def __init__(self, parent: QWidget | None, memo: RecipeMemo) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_RecipeMemoDialog()
        self.ui.setupUi(self)
        self.memo = memo
        self.setWindowTitle(memo.name)
        self.ui.memoBrowser.setHtml(memo_html(memo))
        self.ui.closeButton.setFocus()
