"""The counter's "advised store" line for a delivery: which store can make the whole cart and
reach the address fastest, and why the others were not chosen (services/placement.py).

Advice only, and it never stands in the way of the order: it runs on its own small thread
pool (a slow or dead Google never queues the placing of an order behind it), is debounced
after every change of the cart or the address, and an answer that arrives after a newer
question is dropped. A failure shows one grey line, no message box. Geocoding a freshly saved
address runs on the same pool, after the save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel

from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.gui import i18n, style
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import geocoding, placement
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.cart import CartLine

log = logging.getLogger(__name__)

ADVICE_DELAY_MS = 400  # after the last change of the cart or the address
MAPS_THREADS = 2
GREY, WARN = style.MUTED, style.APPROXIMATE

_pool: QThreadPool | None = None


def maps_pool() -> QThreadPool:
    """One pool for every network-bound call of the counter, apart from the global one that
    places orders."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(MAPS_THREADS)
    return _pool


# What the screen asks about: ("none",) no delivery address; ("new",) an address being typed;
# ("address", address_id, lines) a saved address and the cart.
Question = tuple


class StoreAdvice(QObject):
    shown = Signal()  # the label changed (tests, screenshots)

    def __init__(
        self,
        label: QLabel,
        ctx,
        session: StaffSession,
        question: Callable[[], Question],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.label, self.ctx, self.session, self.question = label, ctx, session, question
        self.runner = TaskRunner(self, maps_pool())
        self.result: placement.Placement | None = None
        self.error: BaseException | None = None
        self.pending = False
        self._token = 0
        self._asked: tuple | None = None  # the question the label answers
        self._timer = QTimer(self, singleShot=True, interval=ADVICE_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._show_nothing()

    @property
    def asked(self) -> Question | None:
        """The question the label answers (or is waiting to answer)."""
        return self._asked

    # -- asking

    def schedule(self) -> None:
        """After a change: nothing to ask is shown at once, a question waits for the pause."""
        asked = self.question()
        if asked[0] != "address":
            self._timer.stop()
            self._token += 1  # an answer on its way is for a question no longer asked
            self.pending = False
            self._asked = asked
            self.result, self.error = None, None
            self._render()
            return
        if asked != self._asked or self.error is not None:
            self._timer.start()

    def refresh(self, force: bool = False) -> None:
        self._timer.stop()
        asked = self.question()
        if asked[0] != "address":
            self.schedule()
            return
        if asked == self._asked and not force and self.error is None:
            return  # answered, or on its way
        _kind, address_id, lines = asked
        self._token += 1
        token = self._token
        if self._asked is None or self._asked[:2] != asked[:2]:
            self.result = None  # another address: the old advice is no answer to it
        self._asked = asked
        self.pending = True
        ctx, session = self.ctx, self.session
        cart: list[CartLine] = list(lines)
        self._render()
        self.runner.run(
            lambda: placement.nearest_store(ctx, session, address_id, cart),
            lambda result: token == self._token and self._answered(result, None),
            lambda error: token == self._token and self._answered(None, error),
            owner=self,
            background=True,
        )

    def stop(self) -> None:
        self._timer.stop()

    def locate(self, address_id: int | None) -> None:
        """Geocode an address just saved without coordinates (after the save, never before);
        when it is the one on screen, the advice is asked again with them."""
        if address_id is None or getattr(self.ctx, "geocoder", None) is None:
            return
        ctx, session = self.ctx, self.session
        self.runner.run(
            lambda: geocoding.locate_address(ctx, session, address_id),
            self._located,
            lambda error: log.warning("locating an address failed: %s", type(error).__name__),
            owner=self,
            background=True,
        )

    def _located(self, found: geocoding.AddressLocation) -> None:
        asked = self.question()
        if found.lat is not None and asked[0] == "address" and asked[1] == found.address_id:
            self.refresh(force=True)

    def _answered(self, result, error) -> None:
        self.pending = False
        self.result, self.error = result, error
        if error is not None and not isinstance(error, DomainError):
            log.warning("store advice failed: %s", type(error).__name__)
        self._render()

    # -- showing

    def retranslate(self) -> None:
        self._render()

    def _show_nothing(self) -> None:
        self.label.clear()
        self.label.setVisible(False)

    def _render(self) -> None:
        asked = self._asked or ("none",)
        if asked[0] == "none":
            self._show_nothing()
        elif asked[0] == "new":
            self._set(
                self._grey(self.tr("Advised store: shown once the address is saved (Ctrl+S)."))
            )
        elif self.pending and self.result is None:
            self._set(self._grey(self.tr("Advised store: looking…")))
        elif self.error is not None:
            reason = (
                self.error.message(i18n.language())
                if isinstance(self.error, DomainError)
                else type(self.error).__name__
            )
            self._set(
                self._grey(
                    self.tr("Advised store: not available ({reason}).").format(reason=reason)
                )
            )
        elif self.result is not None:
            self._set(self._placement_html(self.result))
        self.shown.emit()

    def _set(self, html: str) -> None:
        self.label.setText(html)
        self.label.setVisible(True)

    @staticmethod
    def _grey(text: str) -> str:
        return f"<span style='color:{GREY}'>{escape(text)}</span>"

    def _placement_html(self, result: placement.Placement) -> str:
        lang = i18n.language()
        parts = []
        if not result.located:
            parts.append(self._grey(result.explanation(lang)))
            return "<br>".join(parts)
        best = result.recommended
        if best is None:
            parts.append("<b>{}</b>".format(escape(self.tr("Advised store: none"))))
        else:
            parts.append(
                "<b>{}</b>".format(
                    escape(self.tr("Advised store: {store}").format(store=best.store_name))
                )
            )
            home = result.home
            if home is not None and not result.home_is_recommended:
                parts.append(
                    "<span style='color:{}'><b>{}</b></span>".format(
                        WARN,
                        escape(
                            self.tr(
                                "Not your store (you are at {store}): you can still place the order here."  # noqa: E501
                            ).format(store=home.store_name)
                        ),
                    )
                )
        parts.append(escape(result.explanation(lang)))
        notice = result.notice_text(lang)
        if notice:
            parts.append(f"<i style='color:{GREY}'>{escape(notice)}</i>")
        if self.pending:
            parts.append(self._grey(self.tr("Updating…")))
        return "<br>".join(parts)
