"""`ocpizza-desk journal …`: the sales journal checked, archived, and its signing key.

    journal verify [--store CODE] [--from DAY --to DAY]   every hash, gap, closure, signature,
                                                         and the tables against the journal
    journal archive --period 2026-11 --out FILE [--store CODE]   the period in an open format
    journal verify-archive FILE [--key B64] [--previous FILE]    an archive, no database needed
    journal keygen [--replace]                            this PC's key for signing closures

Each command is a function of its own (`_add_<command>` for its arguments, then its runner
in COMMANDS), so commands can be added here without touching the others. The work is done by
ops/journal_audit.py; messages in French or English (--lang).

Exit codes as in cli.py (0 done, 2 bad usage, 5 refused), plus 7: the journal or the archive
failed its verification (the first broken link is named).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ocpizza_desk import APP_NAME
from ocpizza_desk.domain.texts import tr

EXIT_OK, EXIT_USAGE, EXIT_REFUSED, EXIT_BROKEN = 0, 2, 5, 7
SHOWN_PER_STORE = 20  # problems listed per store (all are counted)


def _n(value: int, lang: str) -> str:
    """12345 -> '12 345' (fr) or '12,345' (en)."""
    text = f"{value:,}"
    return text.replace(",", "\u202f") if lang == "fr" else text


# --------------------------------------------------------------------------- arguments


def add_parser(commands) -> None:
    journal = commands.add_parser(
        "journal", help="sales journal: verify, archive, verify an archive"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    for add in ARGUMENTS:
        add(journal)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text!r}") from None


def _period(text: str):
    from ocpizza_desk.domain.errors import DomainError
    from ocpizza_desk.ops.journal_audit import parse_period

    try:
        return parse_period(text)
    except DomainError:
        raise argparse.ArgumentTypeError(
            f"not a period (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}"
        ) from None


def _add_verify(journal) -> None:
    verify = journal.add_parser(
        "verify",
        help="recompute every hash, sequence gap, closure total and signature, and check the "
        "payments, refunds and orders against the journal",
    )
    verify.add_argument("--store", metavar="CODE", help="one store (default: every store)")
    verify.add_argument("--from", dest="first_day", type=_day, metavar="DAY",
                        help="first business day checked (YYYY-MM-DD)")  # fmt: skip
    verify.add_argument("--to", dest="last_day", type=_day, metavar="DAY",
                        help="last business day checked (YYYY-MM-DD)")  # fmt: skip


def _add_archive(journal) -> None:
    archive = journal.add_parser(
        "archive", help="write a period's journal and closures to a self-contained archive"
    )
    archive.add_argument(
        "--period", type=_period, required=True, help="YYYY-MM (a month), YYYY or YYYY-MM-DD"
    )
    archive.add_argument("--out", type=Path, required=True, help="the archive file to write")
    archive.add_argument("--store", metavar="CODE", help="one store (default: every store)")


def _add_verify_archive(journal) -> None:
    check = journal.add_parser("verify-archive", help="check an archive file without any database")
    check.add_argument("file", type=Path, help="the archive (.zip)")
    check.add_argument(
        "--key",
        metavar="PUBLIC_KEY",
        help="the company's journal public key (base64): the archive must be signed with it",
    )
    check.add_argument(
        "--previous",
        type=Path,
        metavar="FILE",
        help="the archive of the period before: its last links must be this one's starts",
    )


def _add_keygen(journal) -> None:
    keygen = journal.add_parser(
        "keygen",
        help="create this PC's Ed25519 key pair for signing closures (private key in the OS "
        "keyring, public key in the database)",
    )
    keygen.add_argument(
        "--replace",
        action="store_true",
        help="replace this PC's key (the old one is retired; its signatures stay verifiable)",
    )


ARGUMENTS = [_add_verify, _add_archive, _add_verify_archive, _add_keygen]


def needs_database(args: argparse.Namespace) -> bool:
    return args.action != "verify-archive"


# --------------------------------------------------------------------------- commands


def run(args: argparse.Namespace, ctx, lang: str) -> int:
    """`ctx`: a ServiceContext for the commands that need the database, else None."""
    from ocpizza_desk.domain.errors import DomainError

    try:
        return COMMANDS[args.action](args, ctx, lang)
    except DomainError as exc:
        if not exc.code.startswith("journal."):
            raise
        print(f"{APP_NAME}: {exc.message(lang)}", file=sys.stderr)
        return EXIT_BROKEN if exc.code == "journal.archive_unreadable" else EXIT_REFUSED


def verify(args: argparse.Namespace, ctx, lang: str) -> int:
    from ocpizza_desk.ops import journal_audit

    ctx.check_schema()
    if args.first_day and args.last_day and args.first_day > args.last_day:
        print(
            f"{APP_NAME}: " + tr("Cli", "--from must come before --to", lang),
            file=sys.stderr,
        )
        return EXIT_USAGE
    report = journal_audit.verify(
        ctx.engine, store=args.store, first_day=args.first_day, last_day=args.last_day
    )
    return _print_report(report, lang, "verify")


def archive(args: argparse.Namespace, ctx, lang: str) -> int:
    from ocpizza_desk.domain.errors import DomainError
    from ocpizza_desk.ops import journal_audit

    ctx.check_schema()
    if args.out.exists():
        raise DomainError("journal.archive_exists", name=str(args.out))
    signer, why = journal_audit.archive_signer(ctx.engine)
    done = journal_audit.write_archive(
        ctx.engine, args.period, args.out, store=args.store, signer=signer,
        unsigned_reason=why or "unsigned",
    )  # fmt: skip
    print(
        tr("Cli", "archive written: ", lang)
        + f"{done.path} ({args.period.label}, {_n(done.stores, lang)} "
        + tr("Cli", "store(s), ", lang)
        + f"{_n(done.entries, lang)} "
        + tr("Cli", "entries, ", lang)
        + f"{_n(done.closures, lang)} "
        + tr("Cli", "closures)", lang)
    )
    print(f"SHA-256: {done.sha256}")
    if done.signed:
        print(tr("Cli", "signed with key ", lang) + str(done.key_id))
    else:
        print(
            tr("Cli", "NOT SIGNED: ", lang)
            + tr("Cli", "this PC holds no active journal key (ocpizza-desk journal keygen)", lang),
            file=sys.stderr,
        )
    return EXIT_OK


def verify_archive(args: argparse.Namespace, ctx, lang: str) -> int:
    from ocpizza_desk.domain.errors import DomainError
    from ocpizza_desk.ops import journal_audit

    if not args.file.is_file():
        raise DomainError(
            "journal.archive_unreadable",
            name=str(args.file),
            detail=tr("Cli", "no such file", lang),
        )
    report = journal_audit.verify_archive(args.file, public_key=args.key, previous=args.previous)
    return _print_report(report, lang, "verify-archive")


def keygen(args: argparse.Namespace, ctx, lang: str) -> int:
    """`journal keygen [--replace]`: as the administrator of this machine (holding the
    database's credentials is the permission, as for `maintenance`)."""
    from ocpizza_desk.config import KEYRING_SERVICE
    from ocpizza_desk.domain.errors import DomainError
    from ocpizza_desk.services import closures

    ctx.check_schema()
    try:
        made = closures.generate_key(ctx, replace=args.replace)
    except DomainError as exc:
        print(f"{APP_NAME}: {exc.message(lang)}", file=sys.stderr)
        return EXIT_REFUSED
    for retired in made.retired:
        print(tr("Cli", "key retired: ", lang) + retired)
    print(tr("Cli", "signing key created: ", lang) + made.key_id)
    print(tr("Cli", "public key (base64): ", lang) + made.public_key)
    print(
        tr(
            "Cli",
            (
                "private key: this PC's OS keyring (service '{KEYRING_SERVICE}', entry "
                "'{KEYRING_ENTRY}'); closures made on this PC will be signed."
            ),
            lang,
            KEYRING_SERVICE=KEYRING_SERVICE,
            KEYRING_ENTRY=closures.KEYRING_ENTRY,
        )
    )
    return EXIT_OK


COMMANDS = {
    "verify": verify,
    "archive": archive,
    "verify-archive": verify_archive,
    "keygen": keygen,
}


# --------------------------------------------------------------------------- report


def _print_report(report, lang: str, what: str) -> int:
    for store in report.stores:
        _print_store(store, lang)
    for note, params in report.notes:
        if note == "signed":
            print(tr("Cli", "manifest signed by key ", lang) + params["key"])
        elif note == "unsigned":
            print(
                tr("Cli", "archive not signed", lang)
                + (f" ({params['reason']})" if params.get("reason") else "")
            )
    seconds = f"{report.seconds:.1f} s"
    if report.ok:
        print(
            tr("Cli", "VERIFIED: ", lang)
            + f"{_n(report.entries, lang)} "
            + tr("Cli", "entries, every chain holds", lang)
            + f" ({seconds})"
        )
        return EXIT_OK
    first = report.first_problem
    total = sum(len(s.problems) + s.more_problems for s in report.stores)
    print(
        f"{APP_NAME} journal {what}: "
        + tr("Cli", "FIRST BROKEN LINK: ", lang)
        + (first.describe(lang) if first else "?")
        + f" ({_n(total, lang)} "
        + tr("Cli", "problem(s))", lang),
        file=sys.stderr,
    )
    return EXIT_BROKEN


def _print_store(store, lang: str) -> None:
    if store.code is None:  # the archive's own problems
        for problem in store.problems[:SHOWN_PER_STORE]:
            print(f"  ! {problem.describe(lang)}")
        return
    if store.entries:
        span = (
            tr(
                "Cli",
                "sequences {first}–{last}",
                lang,
                first=_n(store.first_sequence, lang),
                last=_n(store.last_sequence, lang),
            )
            + f", {_n(store.entries, lang)} "
            + tr("Cli", "entries", lang)
        )
    else:
        span = tr("Cli", "no entries", lang)
    parts = [span]
    if store.orders or store.payments or store.refunds:
        parts.append(
            f"{_n(store.orders, lang)} "
            + tr("Cli", "orders, ", lang)
            + f"{_n(store.payments, lang)} "
            + tr("Cli", "payments, ", lang)
            + f"{_n(store.refunds, lang)} "
            + tr("Cli", "refunds", lang)
        )
    if store.closures:
        parts.append(
            f"{_n(store.closures, lang)} "
            + tr("Cli", "closures (", lang)
            + f"{_n(store.signed, lang)} "
            + tr("Cli", "signed, ", lang)
            + f"{_n(store.unsigned, lang)} "
            + tr("Cli", "unsigned", lang)
            + (
                f", {_n(store.unchecked_closures, lang)} " + tr("Cli", "outside the period", lang)
                if store.unchecked_closures
                else ""
            )
            + ")"
        )
    state = (
        tr("Cli", "ok", lang)
        if not store.problems and not store.more_problems
        else f"{_n(len(store.problems) + store.more_problems, lang)} "
        + tr("Cli", "problem(s)", lang)
    )
    print(f"{store.code}: " + "; ".join(parts) + f" — {state}")
    if store.trusted_start is not None:
        sequence, link = store.trusted_start
        print(
            "  "
            + tr(
                "Cli",
                "start: the hash of sequence {value} is taken as given ({value2}…)",
                lang,
                value=_n(sequence, lang),
                value2=link[:12],
            )
        )
    before = store.pre_journal
    if before:
        print(
            "  "
            + tr("Cli", "history older than the journal (not checked): ", lang)
            + ", ".join(f"{_n(count, lang)} {_label(kind, lang)}" for kind, count in before.items())
        )
    problems = sorted(
        store.problems, key=lambda p: (p.sequence is None, p.sequence or 0)
    )  # first broken link first
    for problem in problems[:SHOWN_PER_STORE]:
        print(f"  ! {problem.describe(lang)}")
    hidden = len(problems) - SHOWN_PER_STORE + store.more_problems
    if hidden > 0:
        print("  " + tr("Cli", "… and {hidden} more", lang, hidden=hidden))


def _label(kind: str, lang: str) -> str:
    return {
        "orders": tr("Cli", "orders", lang),
        "payments": tr("Cli", "payments", lang),
        "refunds": tr("Cli", "refunds", lang),
    }.get(kind, kind)
