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
    "auth.store_closed": {
        "fr": "La pizzeria {store} est fermée dans l'application : connexion impossible.",
        "en": "The store {store} is closed in the application: sign-in is not possible.",
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
    "report.period": {
        "fr": "La période n'est pas valable : la date de début doit précéder la date de fin.",
        "en": "The period is not valid: the first day must come before the last day.",
    },
    "report.too_long": {
        "fr": "La période est trop longue : trois ans au plus.",
        "en": "The period is too long: three years at most.",
    },
    "report.cancelled": {
        "fr": "Le rapport a été annulé.",
        "en": "The report was cancelled.",
    },
    "db.conflict": {
        "fr": "Trop de modifications simultanées, réessayez dans un instant.",
        "en": "Too many simultaneous changes, please try again in a moment.",
    },
    # -- backups (ops/backup.py)
    "backup.not_found": {
        "fr": "Sauvegarde introuvable : {name}.",
        "en": "Backup not found: {name}.",
    },
    "backup.unreadable": {
        "fr": "Sauvegarde illisible ({name}) : {detail}",
        "en": "Unreadable backup ({name}): {detail}",
    },
    "backup.damaged": {
        "fr": "La sauvegarde {name} est endommagée (somme de contrôle fausse) : {files}.",
        "en": "The backup {name} is damaged (checksum mismatch): {files}.",
    },
    "backup.target_not_empty": {
        "fr": (
            "La base cible {target} contient des données : la restauration les remplacerait. "
            "Confirmez explicitement (option --force) pour la remplacer."
        ),
        "en": (
            "The target database {target} holds data: restoring would replace it. "
            "Confirm explicitly (--force) to replace it."
        ),
    },
    "backup.unknown_revision": {
        "fr": (
            "La sauvegarde {name} vient d'une version plus récente du schéma ({revision}) : "
            "installez la dernière version d'ocpizza-desk pour la restaurer."
        ),
        "en": (
            "The backup {name} comes from a newer schema ({revision}): install the latest "
            "ocpizza-desk to restore it."
        ),
    },
    "backup.other_backend": {
        "fr": (
            "La sauvegarde {name} vient d'une base {source} et ne se restaure que dans une base "
            "du même type (cible : {target})."
        ),
        "en": (
            "The backup {name} comes from a {source} database and restores only into the same "
            "kind of database (target: {target})."
        ),
    },
    "backup.tool_missing": {
        "fr": "Outil introuvable sur ce poste : {tool}.",
        "en": "Tool not found on this computer: {tool}.",
    },
    "backup.tool_failed": {
        "fr": "{tool} a échoué : {detail}",
        "en": "{tool} failed: {detail}",
    },
    "backup.confirmation": {
        "fr": "Pour confirmer la restauration, saisissez exactement le nom de la base : {name}.",
        "en": "To confirm the restore, type the database's name exactly: {name}.",
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
    # -- head-office catalogue
    "catalogue.code_format": {
        "fr": (
            "Le code ne peut contenir que des minuscules sans accent, des chiffres, « _ » "
            "et « - » (2 à 40 caractères)."
        ),
        "en": (
            "The code may only hold lowercase letters without accents, digits, '_' and '-' "
            "(2 to 40 characters)."
        ),
    },
    "catalogue.code_taken": {
        "fr": "Le code « {value} » est déjà celui de « {product} ».",
        "en": "The code '{value}' already belongs to '{product}'.",
    },
    "catalogue.no_recipe": {
        "fr": "Un produit doit avoir au moins une ligne de recette.",
        "en": "A product needs at least one recipe line.",
    },
    "catalogue.dose": {
        "fr": (
            "Dose invalide pour « {ingredient} » : un nombre entier de {unit} entre 1 et {limit}."
        ),
        "en": "Invalid dose of '{ingredient}': a whole number of {unit} between 1 and {limit}.",
    },
    "catalogue.duplicate_ingredient": {
        "fr": "« {ingredient} » figure deux fois dans la recette.",
        "en": "'{ingredient}' appears twice in the recipe.",
    },
    "catalogue.price": {
        "fr": "Prix invalide : entre 0,01 € et {limit}, au centime près.",
        "en": "Invalid price: between €0.01 and {limit}, to the cent.",
    },
    "catalogue.vat_rate": {
        "fr": "Taux de TVA non prévu : choisissez {rates}.",
        "en": "This VAT rate is not used: choose {rates}.",
    },
    "catalogue.extra_dose": {
        "fr": "Le supplément « {ingredient} » demande une dose.",
        "en": "The extra '{ingredient}' needs a dose.",
    },
    "catalogue.option_price": {
        "fr": "Prix de supplément invalide : entre 0 € et {limit}.",
        "en": "Invalid price for an extra: between €0 and {limit}.",
    },
    "catalogue.remove_not_in_recipe": {
        "fr": "« Sans {ingredient} » : cet ingrédient n'est pas dans la recette.",
        "en": "'Without {ingredient}': this ingredient is not in the recipe.",
    },
    "catalogue.duplicate_option": {
        "fr": "La personnalisation « {label} » figure deux fois.",
        "en": "The customisation '{label}' appears twice.",
    },
    "catalogue.too_many": {
        "fr": "Trop de lignes dans « {field} » ({limit} au plus).",
        "en": "Too many lines in '{field}' (at most {limit}).",
    },
    "catalogue.changed": {
        "fr": "{who} a modifié ce produit à {at} : rechargez-le avant d'enregistrer.",
        "en": "{who} changed this product at {at}: reload it before saving.",
    },
    "catalogue.photo_format": {
        "fr": "La photo doit être une image PNG ou JPEG.",
        "en": "The photo must be a PNG or JPEG image.",
    },
    "catalogue.photo_size": {
        "fr": "La photo est trop lourde ({size} Ko ; {limit} Ko au plus).",
        "en": "The photo is too large ({size} KB; at most {limit} KB).",
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
    "stock.threshold_changed": {
        "fr": "{who} a modifié ce seuil à {at} : la liste a été rechargée, recommencez.",
        "en": "{who} changed this threshold at {at}: the list was reloaded, try again.",
    },
    # -- stores
    "store.code_format": {
        "fr": "Le code d'une pizzeria : minuscules sans accent, chiffres et « - » (2 à 32).",
        "en": "A store code: lowercase letters without accents, digits and '-' (2 to 32).",
    },
    "store.code_taken": {
        "fr": "Le code « {value} » est déjà celui d'une autre pizzeria.",
        "en": "The code '{value}' already belongs to another store.",
    },
    "store.coordinates": {
        "fr": "Coordonnées invalides : latitude entre -90 et 90, longitude entre -180 et 180.",
        "en": "Invalid coordinates: latitude between -90 and 90, longitude between -180 and 180.",
    },
    "store.radius": {
        "fr": "Le rayon de livraison doit être entre 1 et {limit} mètres.",
        "en": "The delivery radius must be between 1 and {limit} metres.",
    },
    "store.hours_day": {
        "fr": "Jour inconnu dans les horaires : « {day} ».",
        "en": "Unknown day in the opening hours: '{day}'.",
    },
    "store.hours_format": {
        "fr": "Horaires ({day}) : « {value} » n'est pas une heure HH:MM.",
        "en": "Opening hours ({day}): '{value}' is not an HH:MM time.",
    },
    "store.hours_order": {
        "fr": "Horaires ({day}) : l'ouverture {start} doit précéder la fermeture {end}.",
        "en": "Opening hours ({day}): opening {start} must come before closing {end}.",
    },
    "store.hours_overlap": {
        "fr": "Horaires ({day}) : les plages {first} et {second} se chevauchent.",
        "en": "Opening hours ({day}): the slots {first} and {second} overlap.",
    },
    "store.changed": {
        "fr": "{who} a modifié cette pizzeria à {at} : rechargez-la avant d'enregistrer.",
        "en": "{who} changed this store at {at}: reload it before saving.",
    },
    # -- staff accounts
    "staff.username": {
        "fr": (
            "L'identifiant : 3 à 64 caractères, minuscules sans accent, chiffres, « . », "
            "« _ » et « - », commençant par une lettre."
        ),
        "en": (
            "The username: 3 to 64 characters, lowercase letters without accents, digits, "
            "'.', '_' and '-', starting with a letter."
        ),
    },
    "staff.username_taken": {
        "fr": "L'identifiant « {value} » est déjà utilisé.",
        "en": "The username '{value}' is already taken.",
    },
    "staff.password": {
        "fr": (
            "Le mot de passe : au moins {minimum} caractères, avec des lettres et au moins "
            "un chiffre ou un symbole, sans reprendre l'identifiant."
        ),
        "en": (
            "The password: at least {minimum} characters, with letters and at least one "
            "digit or symbol, not containing the username."
        ),
    },
    "staff.store_required": {
        "fr": "Un compte de pizzeria (accueil, pizzaiolo, livreur, responsable) a une pizzeria.",
        "en": "A store account (counter, pizzaiolo, driver, manager) belongs to a store.",
    },
    "staff.no_store": {
        "fr": "Les comptes direction et administrateur ne sont rattachés à aucune pizzeria.",
        "en": "Head office and administrator accounts belong to no store.",
    },
    "staff.manager_scope": {
        "fr": (
            "Un responsable ne gère que les comptes accueil, pizzaiolo et livreur de sa "
            "propre pizzeria."
        ),
        "en": (
            "A manager only manages the counter, pizzaiolo and driver accounts of their own store."
        ),
    },
    "staff.admin_only": {
        "fr": "Seul un administrateur peut créer ou modifier un compte administrateur.",
        "en": "Only an administrator can create or change an administrator account.",
    },
    "staff.self": {
        "fr": "Vous ne pouvez pas désactiver votre propre compte ni changer votre rôle.",
        "en": "You cannot deactivate your own account or change your own role.",
    },
    "staff.last_admin": {
        "fr": "C'est le dernier administrateur actif : il doit en rester au moins un.",
        "en": "This is the last active administrator: at least one must remain.",
    },
    "staff.store_inactive": {
        "fr": "Cette pizzeria est désactivée : choisissez-en une autre.",
        "en": "This store is deactivated: choose another one.",
    },
    "staff.changed": {
        "fr": "{who} a modifié ce compte à {at} : rechargez-le avant d'enregistrer.",
        "en": "{who} changed this account at {at}: reload it before saving.",
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
    # -- deliveries (services/deliveries.py)
    "delivery.no_orders": {
        "fr": "Choisissez au moins une commande.",
        "en": "Choose at least one order.",
    },
    "delivery.too_many": {
        "fr": "Une tournée compte au plus {limit} arrêts.",
        "en": "A trip has at most {limit} stops.",
    },
    "delivery.not_delivery": {
        "fr": "La commande n° {order} est à emporter : elle ne se livre pas.",
        "en": "Order no. {order} is a take-away: it is not delivered.",
    },
    "delivery.no_coordinates": {
        "fr": "L'adresse de la commande n° {order} n'est pas localisée : vérifiez-la.",
        "en": "The address of order no. {order} has no location: check it.",
    },
    "delivery.not_a_driver": {
        "fr": "Ce compte n'est pas un livreur actif de cette pizzeria.",
        "en": "This account is not an active driver of this store.",
    },
    "delivery.not_on_shift": {
        "fr": "{driver} n'est pas en service : commencez d'abord son service.",
        "en": "{driver} is not on shift: start their shift first.",
    },
    "delivery.shift_open": {
        "fr": "{driver} est déjà en service.",
        "en": "{driver} is already on shift.",
    },
    "delivery.shift_closed": {
        "fr": "Ce service est déjà terminé.",
        "en": "This shift has already ended.",
    },
    "delivery.shift_not_found": {"fr": "Service introuvable.", "en": "Shift not found."},
    "delivery.undelivered": {
        "fr": "{driver} a encore une tournée non terminée : son service ne peut pas être clos.",
        "en": "{driver} still has an unfinished trip: the shift cannot be ended.",
    },
    "delivery.driver_out": {
        "fr": "{driver} est déjà parti en tournée : attendez son retour.",
        "en": "{driver} is already out on a trip: wait until they are back.",
    },
    "delivery.taken": {
        "fr": "{who} a déjà confié la commande n° {order} à {driver}.",
        "en": "{who} already gave order no. {order} to {driver}.",
    },
    "delivery.not_ready": {
        "fr": "{who} a fait passer la commande n° {order} à « {status} » : elle ne part plus.",
        "en": "{who} moved order no. {order} to '{status}': it no longer leaves.",
    },
    "delivery.cancelled": {
        "fr": "La commande n° {order} a été annulée entre-temps.",
        "en": "Order no. {order} was cancelled meanwhile.",
    },
    "delivery.trip_changed": {
        "fr": "Cette tournée vient d'être modifiée sur un autre poste : rechargez-la.",
        "en": "This trip was just changed on another PC: reload it.",
    },
    "delivery.trip_not_found": {"fr": "Tournée introuvable.", "en": "Trip not found."},
    "delivery.trip_departed": {
        "fr": "Cette tournée est déjà partie.",
        "en": "This trip has already left.",
    },
    "delivery.not_departed": {
        "fr": "La tournée n'est pas encore partie : appuyez d'abord sur « En livraison ».",
        "en": "The trip has not left yet: press 'Out for delivery' first.",
    },
    "delivery.empty_trip": {
        "fr": "Cette tournée n'a plus aucun arrêt.",
        "en": "This trip has no stop left.",
    },
    "delivery.not_your_trip": {
        "fr": "Cette tournée est celle d'un autre livreur.",
        "en": "This trip belongs to another driver.",
    },
    "delivery.not_on_trip": {
        "fr": "La commande n° {order} n'est pas dans cette tournée.",
        "en": "Order no. {order} is not on this trip.",
    },
    "delivery.not_out": {
        "fr": "La commande n° {order} n'est pas en livraison.",
        "en": "Order no. {order} is not out for delivery.",
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
