"""Every input and button of every dialog has a spoken name (issue 18, item 18): the screens'
test walks the main window's pages; this one opens each dialog the screens open (built from
a .ui form or in code, and Qt's own text prompt), in French then English."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ocpizza_desk.domain.availability import Option
from ocpizza_desk.domain.enums import CustomisationKind, Tender, Unit
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.access import is_named_input, spoken_name
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services.deliveries import DriverCash, ShiftClose
from ocpizza_desk.services.kitchen import MemoIngredient, RecipeMemo
from ocpizza_desk.services.stock import StockLine
from tests.gui.driving import WAIT_MS

NOON = datetime(2026, 3, 18, 11, 0, tzinfo=UTC)
LINES = [
    StockLine(1, "mozzarella", "Mozzarella", Unit.GRAM, 5000, 2000, 1000, "sachet de 1 kg"),
    StockLine(2, "basilic", "Basilic", Unit.PIECE, 40, 10, 20, "botte de 20"),
]


def _dialogs(runner: TaskRunner):
    from ocpizza_desk.gui.dialogs.cancel import CancelDialog
    from ocpizza_desk.gui.dialogs.customise import ChoicePickDialog, CustomiseDialog
    from ocpizza_desk.gui.dialogs.discount import DiscountDialog
    from ocpizza_desk.gui.dialogs.late_change import LateChangeDialog
    from ocpizza_desk.gui.dialogs.payment import PaymentDialog
    from ocpizza_desk.gui.dialogs.recipe_memo import RecipeMemoDialog
    from ocpizza_desk.gui.dialogs.refund import RefundDialog
    from ocpizza_desk.gui.dialogs.shifts import CashDialog, EndShiftDialog
    from ocpizza_desk.gui.dialogs.stock import CountDialog, ReceiptDialog, WasteDialog

    def nothing(*_args, **_kwargs):
        return None

    options = (
        Option(1, CustomisationKind.EXTRA, 1, 50, 150, "Mozzarella"),
        Option(2, CustomisationKind.REMOVE, 2, 0, 0, "Basilic"),
    )
    memo = RecipeMemo(
        1, "Regina", (MemoIngredient("Mozzarella", 120, Unit.GRAM),), ("Étaler",), "4 min"
    )
    close = ShiftClose(1, 2, "Paul Livreur", NOON, None, 3000, 4550, 7550, None)
    cash = DriverCash(2, "Paul Livreur", 4550, 1290, 0, 3, 3000, 7550, None)
    return {
        "cancel": lambda: CancelDialog(None, runner, 12, True, nothing),
        "late_change": lambda: LateChangeDialog(None, runner, 12, nothing),
        "customise": lambda: CustomiseDialog(None, "Regina", options, (), frozenset()),
        "choice_pick": lambda: ChoicePickDialog(None, ["Regina 33 cm", "Tiramisu"]),
        "discount": lambda: DiscountDialog(None, [("order", "Commande", 2590, None)]),
        "payment": lambda: PaymentDialog(None, runner, 2590, nothing),
        "recipe_memo": lambda: RecipeMemoDialog(None, memo),
        "refund": lambda: RefundDialog(
            None, runner, 1290, "Commande 12", (Tender.CASH, Tender.CARD), 5000, nothing
        ),
        "end_shift": lambda: EndShiftDialog(None, runner, close, nothing),
        "cash": lambda: CashDialog(None, [cash]),
        "receipt": lambda: ReceiptDialog(None, runner, LINES, nothing),
        "count": lambda: CountDialog(None, runner, LINES, nothing),
        "waste": lambda: WasteDialog(None, runner, LINES, nothing, 1),
        "text_prompt": lambda: _text_prompt(),
    }


def _text_prompt() -> QInputDialog:
    """What backups and customers ask with QInputDialog.getText (the word to type)."""
    dialog = QInputDialog()
    dialog.setWindowTitle("Restaurer")
    dialog.setLabelText("Tapez RESTAURER pour confirmer")
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    return dialog


def nameless(dialog: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName() or '?'} {getattr(w, 'text', lambda: '')()!r}"
        for w in dialog.findChildren(QWidget)
        if is_named_input(w) and w.isVisibleTo(dialog) and not spoken_name(w)
    ]


@pytest.mark.parametrize("name", list(_dialogs(None)))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_input_and_button_of_every_dialog_has_a_spoken_name(qtbot, qt_settings, name, lang):
    i18n.install(lang, remember=False)
    runner = TaskRunner()
    dialog = _dialogs(runner)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert nameless(dialog) == []
    dialog.close()
    runner.wait_idle()


def test_the_map_pin_dialog_names_its_inputs(qtbot, qt_settings, demo, alerts_log):
    """Built in code (no form), opened from a delivery's address."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from ocpizza_desk.db.models import CustomerAddress
    from ocpizza_desk.gui.dialogs.pin_location import PinDialog
    from tests.helpers import staff

    with Session(demo.engine) as db:
        address_id = db.execute(select(CustomerAddress.id).limit(1)).scalar_one()
    runner = TaskRunner()
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = PinDialog(parent, demo, staff(demo, "responsable.bastille"), runner, address_id)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=WAIT_MS)
    assert nameless(dialog) == []
    dialog.close()
    runner.wait_idle()
    assert alerts_log == []
