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
}


class DomainError(Exception):
    """A refusal the user can understand and act on; nothing was written."""

    def __init__(self, code: str, **params: Any) -> None:
        if code not in MESSAGES:
            raise KeyError(f"no message for domain error {code!r}")
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "fr") -> str:
        texts = MESSAGES[self.code]
        return texts.get(lang, texts["fr"]).format(**self.params)


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
