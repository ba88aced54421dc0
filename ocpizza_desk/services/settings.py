"""The chain's till rules: the manager's discount limit and the refund a manager must approve;
and how a half-and-half is priced.

Stored as the `app_settings` row "till_rules" ({"manager_discount_limit_bp": …,
"refund_approval_above_cents": …}); a missing or damaged row means the defaults of
`domain.permissions.TillRules`. Head office (MANAGE_STORES) and administrators change them.
"""

from __future__ import annotations

from dataclasses import asdict, replace

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import AppSetting
from ocpizza_desk.db.setting_keys import HALF_RULE_KEY, TILL_RULES_KEY
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.domain.permissions import DEFAULT_TILL_RULES, Permission, TillRules
from ocpizza_desk.domain.sizes import HalfRule, half_rule
from ocpizza_desk.domain.texts import Text
from ocpizza_desk.services import audit
from ocpizza_desk.services.auth import StaffSession, require_any
from ocpizza_desk.services.context import ServiceContext, Tx, core

CONFIGURABLE = ("manager_discount_limit_bp", "refund_approval_above_cents")
NAMES: dict[str, Text] = {
    "manager_discount_limit_bp": Text(
        "Field", "a manager's discount limit (between the counter's and 100 %)"
    ),
    "refund_approval_above_cents": Text("Field", "the refund approval threshold (0 to €1,000)"),
}
MAX_REFUND_THRESHOLD_CENTS = 100_000  # 1 000 €


def read_till_rules(db: Tx) -> TillRules:
    """Within a use case's transaction (discounts, refunds)."""
    value = (
        core(db)
        .execute(select(AppSetting.value).where(AppSetting.key == TILL_RULES_KEY))
        .scalar_one_or_none()
    )
    if not isinstance(value, dict):
        return DEFAULT_TILL_RULES
    rules = DEFAULT_TILL_RULES
    for name in CONFIGURABLE:
        number = value.get(name)
        if isinstance(number, int) and not isinstance(number, bool) and number >= 0:
            rules = replace(rules, **{name: number})
    return rules


def till_rules(ctx: ServiceContext, session: StaffSession) -> TillRules:
    return ctx.transaction(read_till_rules)


def _save(
    db: Session, session: StaffSession, key: str, value: dict, action: str, before: dict
) -> None:
    """One chain-wide setting written (updated, else created) and audited."""
    now = utcnow()
    changed = db.execute(
        update(AppSetting)
        .where(AppSetting.key == key)
        .values(value=value, updated_at=now, updated_by_id=session.user_id)
    ).rowcount
    if not changed:
        db.execute(
            insert(AppSetting).values(
                key=key, value=value, updated_at=now, updated_by_id=session.user_id
            )
        )
    audit.record(db, session, action, "app_setting", key, before=before, after=value)


def set_till_rules(ctx: ServiceContext, session: StaffSession, rules: TillRules) -> TillRules:
    require_any(session, (Permission.MANAGE_STORES, Permission.ADMINISTER))
    limit, threshold = rules.manager_discount_limit_bp, rules.refund_approval_above_cents
    for name, number, top in (
        ("manager_discount_limit_bp", limit, 10_000),
        ("refund_approval_above_cents", threshold, MAX_REFUND_THRESHOLD_CENTS),
    ):
        if not isinstance(number, int) or isinstance(number, bool) or not 0 <= number <= top:
            raise ValidationError("till_rules.value", field=NAMES[name], field_key=name)
    if limit < rules.counter_discount_limit_bp:
        raise ValidationError(
            "till_rules.value",
            field=NAMES["manager_discount_limit_bp"],
            field_key="manager_discount_limit_bp",
        )
    value = {name: getattr(rules, name) for name in CONFIGURABLE}

    def work(db: Session) -> TillRules:
        before = read_till_rules(db)
        _save(
            db,
            session,
            TILL_RULES_KEY,
            value,
            "settings.till_rules",
            {k: v for k, v in asdict(before).items() if k in CONFIGURABLE},
        )
        return read_till_rules(db)

    return ctx.transaction(work)


# -- the half-and-half price rule ("half_and_half": {"rule": "higher" | "average"})


def read_half_rule(db: Tx) -> HalfRule:
    value = (
        core(db)
        .execute(select(AppSetting.value).where(AppSetting.key == HALF_RULE_KEY))
        .scalar_one_or_none()
    )
    return half_rule(value)


def half_and_half_rule(ctx: ServiceContext, session: StaffSession) -> HalfRule:
    return ctx.transaction(read_half_rule)


def set_half_and_half_rule(ctx: ServiceContext, session: StaffSession, rule: object) -> HalfRule:
    """How a half-and-half is priced, chain-wide (domain/sizes.py): head office or an
    administrator."""
    require_any(session, (Permission.MANAGE_STORES, Permission.ADMINISTER))
    try:
        chosen = HalfRule(rule)
    except ValueError:
        raise ValidationError("input.id", field="half_and_half") from None
    value = {"rule": chosen.value}

    def work(db: Session) -> HalfRule:
        before = read_half_rule(db)
        _save(db, session, HALF_RULE_KEY, value, "settings.half_and_half", {"rule": before.value})
        return read_half_rule(db)

    return ctx.transaction(work)
