"""The demo database's accounts: "<role word>.<store code>" for store staff, listed in the
README. Plain data here so the screenshot tool and the tests can sign in without importing the
seed (ops/seed.py, which writes them)."""

from __future__ import annotations

from ocpizza_desk.domain.enums import Role

DEMO_PASSWORDS: dict[Role, str] = {
    Role.COUNTER: "demo-accueil",
    Role.PIZZAIOLO: "demo-pizzaiolo",
    Role.DRIVER: "demo-livreur",
    Role.MANAGER: "demo-responsable",
    Role.HEAD_OFFICE: "demo-direction",
    Role.ADMIN: "demo-admin",
}
ROLE_LOGIN_WORD: dict[Role, str] = {
    Role.COUNTER: "accueil",
    Role.PIZZAIOLO: "pizzaiolo",
    Role.DRIVER: "livreur",
    Role.MANAGER: "responsable",
}
