"""`journal verify`, `journal archive`, `journal verify-archive`: a clean journal passes (the
demo's journalled history included); tampering by plain SQL with the refusal triggers set
aside is found and the entry named; archives verify offline, one byte changed is found; on
MariaDB eight processes selling in one store at once leave a gapless, verifiable chain.
SQLite and MariaDB."""

from __future__ import annotations

import base64
import json
import multiprocessing
import time
import uuid
import zipfile
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import text

from ocpizza_desk.cli import main
from ocpizza_desk.db import triggers
from ocpizza_desk.domain import totals
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import Channel, OrderMode, Role, Tender
from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.ops import journal_audit
from ocpizza_desk.services import closures, counter, journal, orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.counter import CounterSubmission
from ocpizza_desk.services.payments import PaymentRequest, RefundRequest
from tests.helpers import product_id, staff

EXIT_BROKEN = 7

# --------------------------------------------------------------------------- set-up


@pytest.fixture
def signing_pc(memory_keyring):
    """The PC that signs: a keyring of its own."""
    return memory_keyring


def key() -> str:
    return uuid.uuid4().hex


def price(ctx, code: str) -> int:
    with ctx.engine.connect() as c:
        return c.execute(
            text("SELECT price_cents FROM products WHERE code = :c"), {"c": code}
        ).scalar_one()


def sell(ctx, session, lines, tender=Tender.CASH, paid=True):
    cart = tuple(CartLine(product_id(ctx, code), n) for code, n in lines)
    total = sum(price(ctx, code) * n for code, n in lines)
    payments = ()
    if paid:
        payments = (
            PaymentRequest(
                client_key=key(),
                tender=tender,
                amount_cents=total,
            ),
        )
    return counter.submit(
        ctx,
        session,
        CounterSubmission(
            client_key=key(),
            channel=Channel.COUNTER,
            mode=OrderMode.TAKEAWAY,
            lines=cart,
            promised_at=utcnow() + timedelta(minutes=20),
            payments=payments,
        ),
    )


@pytest.fixture
def day(demo):
    """Today's sales at Bastille on top of the demo's journalled history: paid in cash and
    by card, a modification with its credit note, a cancellation with its own."""
    manager = staff(demo, "responsable.bastille")
    sell(demo, manager, [("regina", 2), ("coca_cola", 1)])
    sell(demo, manager, [("margherita", 1)], tender=Tender.CARD)
    changed = sell(demo, manager, [("margherita", 3)])
    counter.submit(
        demo,
        manager,
        CounterSubmission(
            client_key=key(),
            channel=Channel.COUNTER,
            mode=OrderMode.TAKEAWAY,
            lines=(CartLine(product_id(demo, "margherita"), 2),),
            promised_at=utcnow() + timedelta(minutes=20),
            order_id=changed.order_id,
            expected_version=changed.version,
            refunds=(
                RefundRequest(
                    client_key=key(), tender=Tender.CASH, amount_cents=price(demo, "margherita")
                ),
            ),
            refund_reason="Une pizza en moins",
        ),
    )
    dropped = sell(demo, manager, [("calzone", 1)])
    orders.cancel(
        demo,
        manager,
        dropped.order_id,
        "Client parti",
        refunds=(
            RefundRequest(
                client_key=key(), tender=Tender.CASH, amount_cents=dropped.totals.total_cents
            ),
        ),
    )
    unpaid = sell(demo, manager, [("regina", 1)], paid=False)
    orders.record_payment(demo, manager, unpaid.order_id, Tender.CARD, unpaid.totals.total_cents)
    return SimpleNamespace(ctx=demo, manager=manager, changed=changed, dropped=dropped)


def verify(ctx, **options):
    return journal_audit.verify(ctx.engine, **options)


def run_cli(capsys, *argv):
    code = main(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def tamper(ctx, *statements):
    """Plain SQL as a privileged user, the refusal triggers set aside meanwhile."""
    with ctx.engine.begin() as c, triggers.set_aside(c, triggers.is_refusal):
        for statement, params in statements:
            c.execute(text(statement), params)


def entry(ctx, where: str, params: dict):
    with ctx.engine.connect() as c:
        return c.execute(
            text(f"SELECT * FROM sales_journal WHERE {where} ORDER BY sequence DESC LIMIT 1"),
            params,
        ).one()


def assert_named(ctx, capsys, found, code):
    """`journal verify` fails, its first broken link is `found` (an entry row) for `code`,
    and the command names the store, the sequence and the entry id."""
    report = verify(ctx)
    assert not report.ok
    first = report.first_problem
    assert (first.code, first.store_code, first.sequence, first.entry_id) == (
        code,
        "bastille",
        found.sequence,
        found.id,
    ), [p.describe("en") for p in report.problems]
    status, _out, err = run_cli(capsys, "--db-url", ctx.config.url, "journal", "verify")
    assert status == EXIT_BROKEN
    assert f"store bastille, sequence {found.sequence}, entry id {found.id}" in err
    return report


# --------------------------------------------------------------------------- clean


def test_a_clean_journal_verifies_history_included(day, capsys):
    report = verify(day.ctx)
    assert report.ok, [p.describe("en") for p in report.problems]
    bastille = next(s for s in report.stores if s.code == "bastille")
    assert bastille.first_sequence == 1 and bastille.entries > 100
    assert bastille.payments > 30 and bastille.refunds == 2
    assert bastille.closures > 10 and bastille.unsigned == bastille.closures  # the demo's Z
    assert not bastille.pre_journal  # the seed journals its history
    code, out, _err = run_cli(capsys, "--db-url", day.ctx.config.url, "journal", "verify")
    assert code == 0 and "VERIFIED" in out and "bastille: sequences 1–" in out
    code, out, _err = main_fr(capsys, day.ctx, "journal", "verify", "--store", "bastille")
    assert code == 0 and "VÉRIFIÉ" in out and "abbesses" not in out


def main_fr(capsys, ctx, *argv):
    code = main(["--lang", "fr", "--db-url", ctx.config.url, *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_store_that_does_not_exist_is_refused_and_a_period_must_be_one(demo, capsys, tmp_path):
    code, _out, err = run_cli(
        capsys, "--db-url", demo.config.url, "journal", "verify", "--store", "nowhere"
    )
    assert code == 5 and "No store has the code 'nowhere'" in err
    code, _out, err = run_cli(
        capsys, "--db-url", demo.config.url, "journal", "archive", "--period", "2026-11",
        "--store", "nowhere", "--out", str(tmp_path / "a.zip"),
    )  # fmt: skip
    left = [p.name for p in tmp_path.iterdir() if p.name.startswith("a.zip")]
    assert code == 5 and "nowhere" in err and left == []  # nothing left, not even a part
    with pytest.raises(DomainError) as refused:
        verify(demo, store="nowhere")
    assert refused.value.code == "journal.unknown_store"
    with pytest.raises(SystemExit) as bad:
        main(["--db-url", demo.config.url, "journal", "archive", "--period", "2026-13",
              "--out", "x.zip"])  # fmt: skip
    assert bad.value.code == 2
    assert journal_audit.parse_period("2026-02").last_day.day == 28
    assert journal_audit.parse_period("2028").last_day.isoformat() == "2028-12-31"


def test_the_seed_writes_what_the_journal_builders_write(demo):
    """The seed builds contents with f-strings for speed: the same text as services.journal."""
    from sqlalchemy import and_, select

    from ocpizza_desk.db import models as m

    j, o, p = m.JournalEntry.__table__, m.Order.__table__, m.Payment.__table__
    h, lines_table = m.OrderStatusChange.__table__, m.OrderLine.__table__
    with demo.engine.connect() as c:
        sales = c.execute(
            select(j.c.content, o.c.id, o.c.channel, o.c.mode, o.c.created_at, o.c.created_by_id)
            .join(o, o.c.id == j.c.order_id)
            .where(j.c.kind == "sale")
            .order_by(j.c.id)
            .limit(40)
        ).all()
        for content, order_id, channel, mode, created, by in sales:
            lines = [
                SimpleNamespace(**row._mapping, total_cents=row.line_total_cents)
                for row in c.execute(
                    select(lines_table)
                    .where(lines_table.c.order_id == order_id)
                    .order_by(lines_table.c.position)
                )
            ]
            money = totals.stored([(x.position, x.total_cents, 0, x.vat_rate_bp) for x in lines])
            built = journal.sale(order_id, channel.value, mode.value, money, lines, created, by)
            assert built.content == content
        payments = c.execute(
            select(
                j.c.content, p.c.order_id, p.c.tender, p.c.amount_cents, p.c.tendered_cents,
                p.c.received_at, p.c.received_by_id,
            )
            .join(p, and_(p.c.order_id == j.c.order_id, p.c.amount_cents == j.c.amount_cents,
                          p.c.tender == j.c.tender))
            .where(j.c.kind == "payment")
            .order_by(j.c.id)
            .limit(40)
        ).all()  # fmt: skip
        for content, order_id, tender, amount, tendered, at, by in payments:
            built = journal.payment(order_id, None, tender.value, amount, tendered, at, by)
            assert built.content == content
        cancelled = c.execute(
            select(
                j.c.content, h.c.order_id, h.c.from_status, h.c.changed_at, h.c.changed_by_id,
                o.c.total_cents,
            )
            .join(h, and_(h.c.order_id == j.c.order_id, h.c.to_status == "cancelled"))
            .join(o, o.c.id == j.c.order_id)
            .where(j.c.kind == "cancellation")
            .limit(10)
        ).all()  # fmt: skip
        for content, order_id, from_status, at, by, total in cancelled:
            rates = json.loads(content)["vat"]
            money = totals.stored([(n, row[3], 0, row[0]) for n, row in enumerate(rates)])
            built = journal.cancellation(order_id, money, from_status.value, at, by)
            assert built.content == content and money.total_cents == total
    assert len(sales) == 40 and payments and cancelled


def test_the_seed_journal_is_deterministic(new_database):
    from datetime import UTC, datetime

    from ocpizza_desk.db import schema
    from ocpizza_desk.db.engine import create_engine_for
    from ocpizza_desk.ops.seed import seed_demo

    now = datetime(2026, 11, 27, 19, 30, tzinfo=UTC)
    seen = []
    for _ in range(2):
        engine = create_engine_for(new_database("sqlite"))
        schema.upgrade(engine)
        seed_demo(engine, orders=120, now=now, password_hasher=lambda p: "x" + p)
        with engine.connect() as c:
            heads = c.execute(text("SELECT * FROM journal_heads ORDER BY store_id")).all()
            kinds = dict(c.execute(text("SELECT kind, COUNT(*) FROM closures GROUP BY kind")).all())
        seen.append((heads, kinds))
        assert journal_audit.verify(engine).ok
        engine.dispose()
    assert seen[0] == seen[1]
    heads, kinds = seen[0]
    assert set(kinds) == {"day", "month"} and kinds["month"] >= 5  # June to October, and more
    # Each store is closed through its last day of sales before "today".
    assert all("2026-10-01" < str(head.closed_through) < "2026-11-27" for head in heads)


# --------------------------------------------------------------------------- tampering


def test_a_payment_whose_amount_was_changed_is_named(day, capsys):
    ctx = day.ctx
    with ctx.engine.connect() as c:
        payment = c.execute(
            text(
                "SELECT id, order_id, client_key FROM payments WHERE order_id = :o "
                "ORDER BY id DESC LIMIT 1"
            ),
            {"o": day.changed.order_id},
        ).one()
    found = entry(ctx, "kind = 'payment' AND reference = :k", {"k": payment.client_key})
    tamper(
        ctx,
        ("UPDATE payments SET amount_cents = amount_cents - 100 WHERE id = :p", {"p": payment.id}),
    )
    report = assert_named(ctx, capsys, found, "payment_differs")
    assert f"payment {payment.id} of order {payment.order_id}" in report.first_problem.describe(
        "en"
    )


def test_a_deleted_entry_is_a_gap_at_the_next_one(day, capsys):
    ctx = day.ctx
    gone = entry(
        ctx, "store_id = 1 AND kind = 'sale' AND order_id = :o", {"o": day.changed.order_id}
    )
    tamper(ctx, ("DELETE FROM sales_journal WHERE id = :i", {"i": gone.id}))
    after = entry(ctx, "store_id = 1 AND sequence = :s", {"s": gone.sequence + 1})
    report = assert_named(ctx, capsys, after, "gap")
    assert f"expected {gone.sequence}" in report.first_problem.describe("en")


def test_two_swapped_entries_are_named(day, capsys):
    ctx = day.ctx
    first = entry(
        ctx, "store_id = 1 AND kind = 'sale' AND order_id = :o", {"o": day.dropped.order_id}
    )
    second = entry(ctx, "store_id = 1 AND sequence = :s", {"s": first.sequence + 1})
    tamper(
        ctx,
        ("UPDATE sales_journal SET sequence = -1 WHERE id = :i", {"i": first.id}),
        ("UPDATE sales_journal SET sequence = :s WHERE id = :i",
         {"s": first.sequence, "i": second.id}),
        ("UPDATE sales_journal SET sequence = :s WHERE id = :i",
         {"s": second.sequence, "i": first.id}),
    )  # fmt: skip
    moved = SimpleNamespace(sequence=first.sequence, id=second.id)
    report = assert_named(ctx, capsys, moved, "previous_hash")
    assert {(p.sequence, p.code) for p in report.problems} >= {
        (first.sequence, "previous_hash"),
        (first.sequence, "hash"),
        (second.sequence, "hash"),
    }


def test_an_order_whose_total_was_changed_is_named(day, capsys):
    ctx = day.ctx
    order_id = day.changed.order_id
    latest = entry(ctx, "kind = 'modification' AND order_id = :o", {"o": order_id})
    # The per-staff accounts' trigger (db/accounts.py) refuses a total the journal does not
    # hold; the owner of the database can drop it, as any of these triggers.
    guard = "trg_orders_total_journalled"
    with ctx.engine.begin() as c, triggers.set_aside(c, lambda name: name == guard):
        c.execute(text("UPDATE orders SET total_cents = total_cents + 500 WHERE id = :o"),
                  {"o": order_id})  # fmt: skip
    report = assert_named(ctx, capsys, latest, "order_total")
    assert f"order {order_id} is" in report.first_problem.describe("en")


def test_an_entry_rewritten_with_its_hash_recomputed_still_breaks_the_next_link(day, capsys):
    """The forger recomputes the altered entry's own hash: the next entry's previous hash
    no longer matches."""
    ctx = day.ctx
    forged = entry(ctx, "kind = 'payment' AND order_id = :o", {"o": day.changed.order_id})
    fields = dict(forged._mapping)
    fields["amount_cents"] -= 100
    fields["business_date"] = date.fromisoformat(str(fields["business_date"])[:10])
    digest = journal.entry_hash(
        fields["previous_hash"], fields["store_id"], fields["sequence"], fields["kind"],
        fields["business_date"], fields["order_id"], fields["ticket_number"],
        fields["reference"], fields["tender"], fields["amount_cents"], fields["content"],
    )  # fmt: skip
    tamper(
        ctx,
        ("UPDATE sales_journal SET amount_cents = :a, hash = :h WHERE id = :i",
         {"a": fields["amount_cents"], "h": digest, "i": forged.id}),
    )  # fmt: skip
    after = entry(ctx, "store_id = 1 AND sequence = :s", {"s": forged.sequence + 1})
    report = verify(ctx)
    assert ("previous_hash", after.sequence, after.id) in {
        (p.code, p.sequence, p.entry_id) for p in report.problems
    }
    # …and the payment's row no longer agrees with its entry.
    assert "payment_differs" in {p.code for p in report.problems}


@pytest.fixture
def closed(day, signing_pc):
    """Today closed at Bastille with a signature (the demo's past days are closed too)."""
    ctx, manager = day.ctx, day.manager
    closures.generate_key(ctx)
    detail = closures.close_day(
        ctx, manager, manager.store_id, journal.business_day(utcnow()), {1000: 3},
        carry_over_open=True,
    )  # fmt: skip
    assert detail.signed
    day.closure = detail
    day.closure_entry = entry(ctx, "kind = 'closure' AND store_id = 1", {})
    return day


def test_a_signed_closure_and_its_reprint_verify(closed):
    closures.reprint(closed.ctx, closed.manager, closed.closure.id)  # a duplicate, no order
    report = verify(closed.ctx, store="bastille")
    assert report.ok, [p.describe("en") for p in report.problems]
    assert report.stores[0].signed == 1


def test_the_archive_format_is_documented_once_and_its_schema_names_every_field():
    from pathlib import Path

    from ocpizza_desk.assets import resource

    root = Path(__file__).resolve().parent.parent
    shipped = resource("journal", "SCHEMA.md").read_text(encoding="utf-8")
    assert (root / "docs" / "journal-archive.md").read_text(encoding="utf-8") == shipped
    schema = json.loads(resource("journal", "schema.json").read_text(encoding="utf-8"))
    assert schema["$defs"]["entry"]["required"] == list(journal_audit.ENTRY_FIELDS)
    assert schema["$defs"]["closure"]["required"] == list(journal_audit.CLOSURE_FIELDS)
    totals = closures.period_totals(())
    assert schema["$defs"]["totals"]["required"] == list(totals)


def test_a_closure_whose_total_was_altered_is_named(closed, capsys):
    ctx = closed.ctx
    with ctx.engine.connect() as c:
        stored = json.loads(
            c.execute(
                text("SELECT totals FROM closures WHERE id = :i"), {"i": closed.closure.id}
            ).scalar_one()
        )
    stored["total"] += 1000
    tamper(
        ctx,
        ("UPDATE closures SET totals = :t WHERE id = :i",
         {"t": json.dumps(stored), "i": closed.closure.id}),
    )  # fmt: skip
    report = assert_named(ctx, capsys, closed.closure_entry, "closure_content")
    found = {(p.code, p.params.get("what")) for p in report.problems}
    assert ("closure_totals", "total") in found and ("closure_content", "totals.total") in found


def test_a_closure_grand_total_altered_is_named(closed, capsys):
    tamper(
        closed.ctx,
        ("UPDATE closures SET grand_total_cents = grand_total_cents + 1 WHERE id = :i",
         {"i": closed.closure.id}),
    )  # fmt: skip
    report = assert_named(closed.ctx, capsys, closed.closure_entry, "closure_content")
    assert report.first_problem.params["what"] == "grand_total"


def test_a_replaced_signature_is_named(closed, capsys):
    ctx = closed.ctx
    other = base64.b64encode(bytes(64)).decode("ascii")
    tamper(ctx, ("UPDATE closures SET signature = :s WHERE id = :i",
                 {"s": other, "i": closed.closure.id}))  # fmt: skip
    report = assert_named(ctx, capsys, closed.closure_entry, "signature")
    assert "the signature does not match" in report.first_problem.describe("en")


def test_a_deleted_head_or_a_truncated_chain_is_found(day, capsys):
    """Deleting the last entries leaves no gap: the journal head still names the last one."""
    ctx = day.ctx
    last = entry(ctx, "store_id = 1", {})
    assert last.kind == "payment"  # the card payment taken last
    tamper(ctx, ("DELETE FROM sales_journal WHERE id = :i", {"i": last.id}))
    report = verify(ctx, store="bastille")
    assert {p.code for p in report.problems} == {"head", "payment_unjournalled"}


def test_a_range_of_days_is_checked_from_the_link_before_it(day, capsys):
    ctx = day.ctx
    today = journal.business_day(utcnow())
    report = verify(ctx, store="bastille", first_day=today, last_day=today)
    assert report.ok, [p.describe("en") for p in report.problems]
    (store,) = report.stores
    assert store.trusted_start is not None and store.first_sequence > 1
    assert store.payments >= 6
    code, out, _err = run_cli(
        capsys, "--db-url", ctx.config.url, "journal", "verify", "--store", "bastille",
        "--from", today.isoformat(), "--to", today.isoformat(),
    )  # fmt: skip
    assert code == 0 and "taken as given" in out
    # A payment of today altered is found in today's range.
    tamper(ctx, ("UPDATE payments SET amount_cents = amount_cents + 1 WHERE order_id = :o",
                 {"o": day.dropped.order_id}))  # fmt: skip
    assert not verify(ctx, store="bastille", first_day=today, last_day=today).ok


# --------------------------------------------------------------------------- archives


def test_an_archive_round_trip_and_one_byte_changed(closed, tmp_path, capsys):
    ctx = closed.ctx
    month = journal.business_day(utcnow()).strftime("%Y-%m")
    out = tmp_path / f"journal-{month}.zip"
    code, printed, _err = run_cli(
        capsys, "--db-url", ctx.config.url, "journal", "archive", "--period", month,
        "--out", str(out),
    )  # fmt: skip
    assert code == 0 and "archive written" in printed and "signed with key" in printed
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        schema_doc = archive.read("SCHEMA.md").decode()
        first_line = json.loads(archive.read("stores/1-bastille/entries.jsonl").splitlines()[0])
    assert {"manifest.json", "manifest.sig", "SCHEMA.md", "schema.json", "keys.json"} <= names
    assert manifest["signature"]["signed"] and manifest["signature"]["key_id"] == (
        closed.closure.key_id
    )
    assert "previous_hash | store_id | sequence" in schema_doc
    assert list(first_line) == list(journal_audit.ENTRY_FIELDS)
    # Offline: no database named at all.
    code, printed, _err = run_cli(capsys, "journal", "verify-archive", str(out))
    assert code == 0 and "VERIFIED" in printed and "manifest signed by key" in printed
    report = journal_audit.verify_archive(out)
    assert report.ok and report.entries == sum(s["entries"]["count"] for s in manifest["stores"])
    bastille = next(s for s in report.stores if s.code == "bastille")
    assert bastille.signed == 1 and bastille.closures >= 1
    # A writer can refuse to overwrite an archive.
    code, _printed, err = run_cli(
        capsys, "--db-url", ctx.config.url, "journal", "archive", "--period", month,
        "--out", str(out),
    )  # fmt: skip
    assert code == 5 and "already exists" in err

    data = bytearray(out.read_bytes())
    data[len(data) // 3] ^= 0x01
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    code, _printed, err = run_cli(capsys, "journal", "verify-archive", str(damaged))
    assert code == EXIT_BROKEN and ("FIRST BROKEN LINK" in err or "Unreadable" in err)


def test_a_forged_archive_fails_its_signature_and_its_chain(closed, tmp_path):
    """The forger rewrites an amount and the member's digest in the manifest: the chain and
    the manifest's signature give him away; the company's key pins the signer."""
    ctx = closed.ctx
    out = tmp_path / "a.zip"
    journal_audit.write_archive(
        ctx.engine,
        journal_audit.parse_period(journal.business_day(utcnow()).isoformat()),
        out,
        store="bastille",
        signer=journal_audit.archive_signer(ctx.engine)[0],
    )
    with zipfile.ZipFile(out) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    name = "stores/1-bastille/entries.jsonl"
    lines = members[name].decode().splitlines()
    row = json.loads(lines[0])
    row["amount_cents"] += 1
    lines[0] = json.dumps(row, ensure_ascii=False, separators=(",", ":"))
    members[name] = ("\n".join(lines) + "\n").encode()
    manifest = json.loads(members["manifest.json"])
    import hashlib

    manifest["members"][name] = hashlib.sha256(members[name]).hexdigest()
    members["manifest.json"] = json.dumps(manifest, indent=2).encode()
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    report = journal_audit.verify_archive(forged)
    codes = {p.code for p in report.problems}
    assert {"hash", "archive_signature"} <= codes
    with zipfile.ZipFile(out) as archive:
        public = json.loads(archive.read("keys.json"))[0]["public_key"]
    assert journal_audit.verify_archive(out, public_key=public).ok
    other = base64.b64encode(bytes(range(32))).decode()
    pinned = journal_audit.verify_archive(out, public_key=other)
    assert "archive_signature" in {p.code for p in pinned.problems}


def test_consecutive_archives_link_and_an_unsigned_one_says_so(day, tmp_path, capsys):
    ctx = day.ctx
    today = journal.business_day(utcnow())
    yesterday = today - timedelta(days=1)
    before, after = tmp_path / "before.zip", tmp_path / "after.zip"
    for period, out in ((yesterday, before), (today, after)):
        info = journal_audit.write_archive(
            ctx.engine, journal_audit.parse_period(period.isoformat()), out
        )
        assert not info.signed
    report = journal_audit.verify_archive(after, previous=before)
    assert report.ok, [p.describe("en") for p in report.problems]
    assert ("unsigned", {"reason": "no journal signing key on the PC that wrote this archive"}) in (
        report.notes
    )
    code, _printed, _err = run_cli(
        capsys, "journal", "verify-archive", str(before), "--previous", str(after)
    )
    assert code == EXIT_BROKEN  # the wrong way round: the links do not meet


# --------------------------------------------------------------------------- concurrency


def _sell_many(url: str, count: int, start_at: float) -> int:
    from ocpizza_desk.config import DatabaseConfig
    from ocpizza_desk.services.auth import StaffSession
    from ocpizza_desk.services.context import ServiceContext

    ctx = ServiceContext(DatabaseConfig(url=url, source="journal-stress"))
    cashier = StaffSession(1, "counter.test", "Counter Test", Role.COUNTER, 1, "OC Pizza Test")
    with ctx.engine.connect() as c:
        prices = dict(c.execute(text("SELECT id, price_cents FROM products")).all())
    sold = 0
    try:
        while time.time() < start_at:
            time.sleep(0.001)
        for n in range(count):
            product = 1 + n % 2
            counter.submit(
                ctx,
                cashier,
                CounterSubmission(
                    client_key=uuid.uuid4().hex,
                    channel=Channel.COUNTER,
                    mode=OrderMode.TAKEAWAY,
                    lines=(CartLine(product, 1),),
                    promised_at=utcnow() + timedelta(minutes=20),
                    payments=(
                        PaymentRequest(
                            client_key=uuid.uuid4().hex,
                            tender=Tender.CASH,
                            amount_cents=prices[product],
                        ),
                    ),
                ),
            )
            sold += 1
    finally:
        ctx.close()
    return sold


@pytest.mark.mysql_only
def test_eight_processes_selling_in_one_store_leave_a_gapless_verifiable_chain(new_database):
    from ocpizza_desk.db import schema
    from ocpizza_desk.services.context import ServiceContext
    from tests.factories import build_tiny

    config = new_database("mariadb")
    ctx = ServiceContext(config)
    try:
        schema.upgrade(ctx.engine)
        build_tiny(ctx, {"dough": 10_000, "cheese": 1_000_000, "sauce": 1_000_000})
        workers, each = 8, 8
        start_at = time.time() + 1.0
        with multiprocessing.get_context("spawn").Pool(workers) as pool:
            sold = pool.starmap(_sell_many, [(config.url, each, start_at)] * workers)
        assert sum(sold) == workers * each
        report = verify(ctx)
        assert report.ok, [p.describe("en") for p in report.problems]
        with ctx.engine.connect() as c:
            sequences = (
                c.execute(
                    text("SELECT sequence FROM sales_journal WHERE store_id = 1 ORDER BY sequence")
                )
                .scalars()
                .all()
            )
            tickets = (
                c.execute(
                    text(
                        "SELECT ticket_number FROM sales_journal WHERE store_id = 1 "
                        "AND kind = 'sale' ORDER BY sequence"
                    )
                )
                .scalars()
                .all()
            )
        assert sequences == list(range(1, 2 * workers * each + 1))
        assert tickets == list(range(1, workers * each + 1))
    finally:
        ctx.close()
