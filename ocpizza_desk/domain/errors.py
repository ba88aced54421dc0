"""Errors a user can cause, each with its message in French and English.

The GUI shows `error.message(lang)`; services raise these instead of letting a driver or a
KeyError reach the screen. Codes are stable identifiers that tests and logs can rely on.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, dict[str, str]] = {
    "auth.bad_credentials": {
        "fr": "Identifiant ou mot de passe incorrect.",
        "en": "Wrong username or password.",
    },
    "auth.locked": {
        "fr": "Trop d'essais : ce compte est verrouillé jusqu'à {until}.",
        "en": "Too many attempts: this account is locked until {until}.",
    },
    "auth.inactive": {
        "fr": "Ce compte est désactivé. Adressez-vous à votre responsable.",
        "en": "This account is disabled. Please ask your manager.",
    },
    "auth.maintenance": {
        "fr": "Maintenance en cours : {message}",
        "en": "Maintenance in progress: {message}",
    },
    "auth.empty": {
        "fr": "Saisissez votre identifiant et votre mot de passe.",
        "en": "Enter your username and password.",
    },
    "permission.denied": {
        "fr": "Votre rôle ne permet pas cette action.",
        "en": "Your role does not allow this action.",
    },
    "permission.other_store": {
        "fr": "Ces données appartiennent à une autre pizzeria.",
        "en": "This data belongs to another store.",
    },
    "db.unreachable": {
        "fr": "Base de données injoignable : {detail}",
        "en": "Database unreachable: {detail}",
    },
    "db.schema_older": {
        "fr": (
            "La base de données est à une version plus ancienne ({current}) que celle attendue "
            "par l'application ({expected}). Un administrateur doit lancer "
            "« ocpizza-desk db upgrade »."
        ),
        "en": (
            "The database schema ({current}) is older than this application expects "
            "({expected}). An administrator must run 'ocpizza-desk db upgrade'."
        ),
    },
    "db.schema_newer": {
        "fr": (
            "La base de données est à une version plus récente ({current}) que cette application "
            "({expected}). Installez la dernière version d'ocpizza-desk."
        ),
        "en": (
            "The database schema ({current}) is newer than this application ({expected}). "
            "Install the latest ocpizza-desk."
        ),
    },
    "db.schema_missing": {
        "fr": (
            "La base de données est vide. Un administrateur doit lancer "
            "« ocpizza-desk db upgrade »."
        ),
        "en": "The database is empty. An administrator must run 'ocpizza-desk db upgrade'.",
    },
    "db.conflict": {
        "fr": "Trop de modifications simultanées, réessayez dans un instant.",
        "en": "Too many simultaneous changes, please try again in a moment.",
    },
    "not_found": {
        "fr": "Élément introuvable : {what}.",
        "en": "Not found: {what}.",
    },
    # -- input
    "input.required": {
        "fr": "Le champ « {field} » est obligatoire.",
        "en": "The field '{field}' is required.",
    },
    "input.too_long": {
        "fr": "Le champ « {field} » est trop long ({limit} caractères au plus).",
        "en": "The field '{field}' is too long (at most {limit} characters).",
    },
    "input.too_short": {
        "fr": "Le champ « {field} » est trop court ({limit} caractères au moins).",
        "en": "The field '{field}' is too short (at least {limit} characters).",
    },
    "input.characters": {
        "fr": "Le champ « {field} » contient des caractères non autorisés.",
        "en": "The field '{field}' contains characters that are not allowed.",
    },
    "input.postcode": {
        "fr": "Le code postal doit compter 5 chiffres.",
        "en": "The postcode must be 5 digits.",
    },
    "input.email": {"fr": "Adresse e-mail invalide.", "en": "Invalid e-mail address."},
    "input.phone": {
        "fr": "Numéro de téléphone invalide : {value}.",
        "en": "Invalid phone number: {value}.",
    },
    "input.quantity": {
        "fr": "Quantité invalide : entre 1 et {limit}.",
        "en": "Invalid quantity: between 1 and {limit}.",
    },
    "input.amount": {
        "fr": "Montant invalide : entre 0,01 € et {limit}.",
        "en": "Invalid amount: between €0.01 and {limit}.",
    },
    "input.number": {
        "fr": "Le champ « {field} » attend un nombre entier entre 0 et {limit}.",
        "en": "The field '{field}' needs a whole number between 0 and {limit}.",
    },
    "input.id": {"fr": "Référence invalide : {field}.", "en": "Invalid reference: {field}."},
    "input.dates": {
        "fr": "La date de début est après la date de fin.",
        "en": "The start date is after the end date.",
    },
    # -- customers
    "customer.phone_taken": {
        "fr": "Ce numéro est déjà celui d'un autre client.",
        "en": "This number already belongs to another customer.",
    },
    "customer.erased": {
        "fr": "Ce client a été effacé (RGPD).",
        "en": "This customer was erased (GDPR).",
    },
    "customer.address_other": {
        "fr": "Cette adresse n'appartient pas à ce client.",
        "en": "This address does not belong to this customer.",
    },
    # -- catalogue and cart
    "cart.empty": {"fr": "Le panier est vide.", "en": "The cart is empty."},
    "cart.too_many_lines": {
        "fr": "Trop de lignes dans la commande ({limit} au plus).",
        "en": "Too many lines in the order (at most {limit}).",
    },
    "cart.unknown_product": {
        "fr": "Produit inconnu ou retiré de la carte.",
        "en": "Unknown product, or no longer on the menu.",
    },
    "cart.product_off": {
        "fr": "« {product} » n'est pas disponible dans cette pizzeria en ce moment.",
        "en": "'{product}' is not available in this store right now.",
    },
    "cart.bad_option": {
        "fr": "Personnalisation impossible pour « {product} ».",
        "en": "This customisation does not apply to '{product}'.",
    },
    "cart.no_recipe": {
        "fr": "« {product} » n'a pas de recette : il ne peut pas être commandé.",
        "en": "'{product}' has no recipe and cannot be ordered.",
    },
    # -- stock
    "stock.insufficient": {
        "fr": "Stock insuffisant pour {products} (manque : {ingredients}).",
        "en": "Not enough stock for {products} (short of: {ingredients}).",
    },
    "stock.short": {
        "fr": "Stock insuffisant (manque : {ingredients}).",
        "en": "Not enough stock (short of: {ingredients}).",
    },
    "stock.unknown_ingredient": {
        "fr": "Ingrédient inconnu pour cette pizzeria.",
        "en": "Unknown ingredient for this store.",
    },
    "stock.waste_too_much": {
        "fr": "Impossible de jeter plus que le stock ({available}).",
        "en": "Cannot waste more than what is in stock ({available}).",
    },
    # -- orders
    "order.not_found": {"fr": "Commande introuvable.", "en": "Order not found."},
    "order.transition": {
        "fr": "Une commande « {source} » ne peut pas passer à « {target} ».",
        "en": "An order that is '{source}' cannot become '{target}'.",
    },
    "order.not_modifiable": {
        "fr": "Cette commande est déjà en préparation : elle ne peut plus être modifiée.",
        "en": "This order is already being prepared: it can no longer be changed.",
    },
    "order.changed": {
        "fr": "Cette commande vient d'être modifiée sur un autre poste : rechargez-la.",
        "en": "This order was just changed on another PC: reload it.",
    },
    "order.taken": {
        "fr": "{who} a déjà fait passer cette commande à « {status} ».",
        "en": "{who} already moved this order to '{status}'.",
    },
    "order.cancel_manager": {
        "fr": "Cette commande est déjà en préparation : seul un responsable peut l'annuler.",
        "en": "This order is already being prepared: only a manager can cancel it.",
    },
    "order.reason_required": {
        "fr": "Indiquez la raison de l'annulation.",
        "en": "Give the reason for the cancellation.",
    },
    "order.address_required": {
        "fr": "Une livraison demande un client et une adresse.",
        "en": "A delivery needs a customer and an address.",
    },
    "order.promised_past": {
        "fr": "L'heure promise est déjà passée.",
        "en": "The promised time has already passed.",
    },
    "order.promised_far": {
        "fr": "L'heure promise est trop lointaine (plus de 7 jours).",
        "en": "The promised time is too far away (more than 7 days).",
    },
    "order.channel": {
        "fr": "Ce poste ne prend que les commandes par téléphone ou au comptoir.",
        "en": "This PC only takes phone and counter orders.",
    },
    "order.closed": {
        "fr": "Cette commande est close : plus de paiement possible.",
        "en": "This order is closed: no more payments.",
    },
    # -- payments
    "payment.exceeds_due": {
        "fr": "Le montant dépasse le reste à payer ({due}).",
        "en": "The amount is more than what is still due ({due}).",
    },
    "payment.cash_short": {
        "fr": "Le client a donné moins que le montant encaissé.",
        "en": "The customer handed over less than the amount taken.",
    },
    "payment.reference": {
        "fr": "Un paiement en ligne demande la référence de la banque (4 à 64 caractères).",
        "en": "An online payment needs the bank's reference (4 to 64 characters).",
    },
    "payment.tendered_only_cash": {
        "fr": "Le rendu de monnaie ne concerne que les espèces.",
        "en": "Change only applies to cash.",
    },
    "payment.plan": {
        "fr": "Les moyens de paiement prévus dépassent le total de la commande.",
        "en": "The planned tenders exceed the order total.",
    },
}


class DomainError(Exception):
    """A refusal the user can understand and act on; nothing was written."""

    def __init__(self, code: str, **params: Any) -> None:
        if code not in MESSAGES:
            raise KeyError(f"no message for domain error {code!r}")
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def __reduce__(self):
        """Picklable with its code and parameters (errors cross process boundaries)."""
        return (_restore, (type(self), self.code, self.params, self.__dict__))

    def message(self, lang: str = "fr") -> str:
        texts = MESSAGES[self.code]
        params = {
            key: value.get(lang, value.get("fr")) if isinstance(value, dict) else value
            for key, value in self.params.items()
        }
        return texts.get(lang, texts["fr"]).format(**params)


class AuthenticationError(DomainError):
    pass


class PermissionDenied(DomainError):
    pass


class NotFound(DomainError):
    pass


class SchemaMismatch(DomainError):
    """The database is not at the revision this build was made for."""


class ConflictError(DomainError):
    """Concurrent work won; the caller may retry or reload."""


class ValidationError(DomainError):
    """What the user typed or chose cannot be accepted; `field` names the culprit."""

    @property
    def field(self) -> str | None:
        value = self.params.get("field_key")
        return value if isinstance(value, str) else None


class StockError(DomainError):
    """Not enough stock: `shortages` lists (ingredient id, missing base units)."""

    def __init__(self, code: str, shortages: list[tuple[int, int]] | None = None, **params):
        super().__init__(code, **params)
        self.shortages = shortages or []


def _restore(cls: type[DomainError], code: str, params: dict, state: dict) -> DomainError:
    error = cls.__new__(cls)
    DomainError.__init__(error, code, **params)
    error.__dict__.update(state)
    return error
