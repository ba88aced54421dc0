"""The one entry point: `ocpizza-desk` opens the GUI; subcommands run the operations.

    ocpizza-desk [--db-url URL]                  the application
    ocpizza-desk db upgrade|downgrade|status     schema migrations
    ocpizza-desk db import FILE.sql [--force]    a SQL dump (mariadb-dump, phpMyAdmin) loaded
    ocpizza-desk demo seed [--orders N]          demo data into an empty database
    ocpizza-desk backup create|list|verify|restore|prune   backups (see backup_cli.py)
    ocpizza-desk journal verify|archive|verify-archive   the sales journal (journal_cli.py)
    ocpizza-desk notices send [--once|--loop]    customer notices through the [mail] server
    ocpizza-desk maintenance on --message M|off|status   staff kept out while you work
    ocpizza-desk reports refresh [--loop]        the reports' daily summaries brought up to date
    ocpizza-desk metrics serve [--host H] [--port P]     Prometheus metrics and /healthz
    ocpizza-desk --version

Commands that work on a database need one to be named (--db-url, OCPIZZA_DB_URL or the
config file): they never fall back on the application's embedded demo file, and never create
an empty SQLite file where one was expected (only `db upgrade`, `db import` and `backup
restore` create the database they fill).

Exit codes: 0 done, 1 unexpected error (logged with its traceback), 2 bad usage,
3 schema older or newer than this build, 4 database or configuration unusable (or none
given), 5 refused (for example demo data into a database that is not empty), 6 a backup
failed its verification, 7 the sales journal (or its archive) failed its verification.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ocpizza_desk import APP_NAME, __version__, accounts_cli, backup_cli, journal_cli
from ocpizza_desk.domain.texts import N_, tr, translate
from ocpizza_desk.logs import configure_logging, log_file

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_SCHEMA, EXIT_DATABASE, EXIT_REFUSED = 0, 1, 2, 3, 4, 5

log = logging.getLogger("ocpizza_desk")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=APP_NAME, description="OC Pizza staff back-office")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--db-url",
        help="database URL (default: $OCPIZZA_DB_URL, then the config file; the application "
        "window alone falls back on its embedded SQLite database)",
    )
    parser.add_argument("--lang", choices=("fr", "en"), help="language of messages")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="database schema").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    upgrade = db.add_parser("upgrade", help="migrate the schema up (default: to the latest)")
    upgrade.add_argument("--revision", default="head")
    upgrade.add_argument("--no-backup", action="store_true", help="no backup before upgrading")
    upgrade.add_argument("--backup-folder", type=Path, help="where that backup goes")
    downgrade = db.add_parser("downgrade", help="migrate the schema down (drops data)")
    downgrade.add_argument("--revision", default="-1", help="target (default: one step down)")
    downgrade.add_argument("--yes", action="store_true", help="confirm: tables and data go")
    db.add_parser("status", help="the schema revision of the database and of this build")
    load = db.add_parser(
        "import",
        help="load a plain SQL dump (mariadb-dump, mysqldump, phpMyAdmin export) into an "
        "empty MariaDB/MySQL database",
    )
    load.add_argument("file", type=Path, help="the .sql file (or .sql.gz)")
    load.add_argument(
        "--force",
        action="store_true",
        help="replace a database holding data (backed up first into --backup-folder)",
    )
    load.add_argument("--backup-folder", type=Path, help="where that safety backup goes")
    accounts_cli.add_parsers(db)

    demo = commands.add_parser("demo", help="demo data").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    seed = demo.add_parser("seed", help="load the demo chain into an empty database")
    seed.add_argument("--orders", type=_non_negative, default=None, help="orders of history")
    seed.add_argument("--seed", type=int, default=None, help="random seed (deterministic)")

    notices = commands.add_parser("notices", help="customer notices by e-mail").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    send = notices.add_parser("send", help="send the due notices through the [mail] server")
    how = send.add_mutually_exclusive_group()
    how.add_argument("--once", action="store_true", help="send what is due, then exit (default)")
    how.add_argument("--loop", action="store_true", help="keep sending until interrupted")
    send.add_argument("--interval", type=_positive, default=30, help="seconds between batches")
    send.add_argument("--limit", type=_positive, default=20, help="messages per batch")

    maintenance = commands.add_parser(
        "maintenance", help="maintenance mode: staff signed out and refused"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    switch_on = maintenance.add_parser("on", help="refuse staff sign-ins, sign staff out")
    switch_on.add_argument("--message", required=True, help="what staff are told (one line)")
    maintenance.add_parser("off", help="let staff sign in again")
    maintenance.add_parser("status", help="whether maintenance is on, and its message")

    reports = commands.add_parser("reports", help="head-office reports").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    refresh = reports.add_parser(
        "refresh", help="summarise the days over and not summarised yet, and the days changed"
    )
    refresh.add_argument("--loop", action="store_true", help="again every --interval minutes")
    refresh.add_argument("--interval", type=_positive, default=10, help="minutes between runs")

    menu = commands.add_parser("menu", help="the menu for the other faces").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    allergen_export = menu.add_parser(
        "allergens", help="the menu's allergens as JSON for the website (EU 1169/2011)"
    )
    allergen_export.add_argument("--out", type=Path, help="file to write (default: stdout)")

    metrics = commands.add_parser("metrics", help="monitoring").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    serve = metrics.add_parser("serve", help="serve /metrics (Prometheus format) and /healthz")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=_port, default=9101, help="port (default 9101)")

    backup_cli.add_parser(commands)
    journal_cli.add_parser(commands)

    shot = commands.add_parser(
        "screenshot", help="render a screen with demo data to a PNG file, offscreen"
    )
    shot.add_argument("screen", help="sign-in, dashboard, dashboard-head-office")
    shot.add_argument("--out", required=True, help="PNG file to write")
    shot.add_argument(
        "--size",
        type=_size,
        default=None,
        help="window size WIDTHxHEIGHT (default: the screen's own, 1366x768 for the shops)",
    )
    return parser


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("WIDTHxHEIGHT, e.g. 1366x698") from None
    if width < 200 or height < 200:
        raise argparse.ArgumentTypeError("at least 200x200")
    return width, height


def _positive(text: str) -> int:
    value = _non_negative(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _port(text: str) -> int:
    value = _non_negative(text)
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is 1 to 65535")
    return value


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be zero or more")
    return value


def _refresh_grants(ctx) -> None:
    """After an upgrade, a database prepared for per-staff accounts gets the roles' grants
    and routines of this version (nothing happens on one without accounts)."""
    if ctx.backend != "mysql":
        return
    from ocpizza_desk.db import accounts

    with ctx.engine.begin() as connection:
        naming = accounts.reinstall(connection)
        if naming is not None:
            print(f"grants of {naming.role_prefix}* roles brought up to date", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.version:
        from ocpizza_desk.db.schema import EXPECTED_REVISION  # light: no SQLAlchemy engine

        print(f"{APP_NAME} {__version__} (schema {EXPECTED_REVISION})")
        return EXIT_OK
    lang = args.lang or _default_lang()
    configure_logging(verbose=args.verbose, console=args.command is not None)

    from ocpizza_desk.config import ConfigError, resolve_database

    try:
        config = resolve_database(args.db_url)
    except ConfigError as exc:
        if args.command in (None, "screenshot") or needs_database(args):
            print(f"{APP_NAME}: {exc}", file=sys.stderr)
            return EXIT_DATABASE
        config = None  # backup files alone: a config file without [database] is fine
    if args.command is None:
        from ocpizza_desk.gui.app import run_gui

        return run_gui(config, lang=args.lang)
    if args.command == "screenshot":
        return _screenshot(args, config if args.db_url else None, lang)
    refusal = _no_database(args, config, lang)
    if refusal:
        print(f"{APP_NAME}: {refusal}", file=sys.stderr)
        return EXIT_DATABASE
    try:
        if not needs_database(args):
            if args.command == "journal":
                return journal_cli.run(args, None, lang)  # an archive file: no connection
            return backup_cli.run(args, config, lang)  # a folder or a file: no connection
        return _run_command(args, config, lang)
    except KeyboardInterrupt:
        return EXIT_ERROR
    except Exception as exc:
        from ocpizza_desk.domain.errors import DomainError, SchemaMismatch

        if isinstance(exc, DomainError):
            print(f"{APP_NAME}: {exc.message(lang)}", file=sys.stderr)
            return EXIT_SCHEMA if isinstance(exc, SchemaMismatch) else EXIT_DATABASE
        log.exception("unexpected error in %s %s", args.command, getattr(args, "action", ""))
        print(f"{APP_NAME}: unexpected error: {exc} (details in {log_file()})", file=sys.stderr)
        return EXIT_ERROR


# The commands that fill the database they are given, and so may create it.
CREATES_DATABASE = {("db", "upgrade"), ("db", "import"), ("backup", "restore")}


def needs_database(args: argparse.Namespace) -> bool:
    """Every command but those on backup files alone (list, prune, verify of a file) and
    on journal archives (verify-archive)."""
    if args.command == "journal":
        return journal_cli.needs_database(args)
    return not (args.command == "backup" and args.action in ("list", "prune", "verify"))


def _no_database(args: argparse.Namespace, config, lang: str) -> str | None:
    """Why the command cannot run on `config`, or None. A command never guesses: without
    --db-url, OCPIZZA_DB_URL or a config file it names none and stops (the embedded demo
    file is the application window's alone), and a SQLite file that is not there is not
    created empty, except by the commands that fill it."""
    if not needs_database(args):
        return None
    if config.embedded_default:
        from ocpizza_desk.config import ENV_CONFIG_FILE, ENV_DB_URL, default_config_file

        where = os.environ.get(ENV_CONFIG_FILE) or default_config_file()
        return tr(
            "Cli",
            "no database given for '{command} {action}': use --db-url URL, the {variable} "
            "variable or the config file {where} ([database] section). The embedded demo "
            "database is for the application window only.",
            lang,
            command=args.command,
            action=args.action,
            variable=ENV_DB_URL,
            where=where,
        )
    if config.is_sqlite and (args.command, args.action) not in CREATES_DATABASE:
        from sqlalchemy.engine import make_url

        name = make_url(config.url).database
        if name and name != ":memory:" and not Path(name).is_file():
            return tr(
                "Cli",
                "no SQLite database at {name} (nothing was created; 'db upgrade' creates it)",
                lang,
                name=name,
            )
    return None


# `db status`: the schema's state, as ocpizza_desk.db.schema names it.
STATES = {
    "current": N_("Cli", "current"),
    "empty": N_("Cli", "empty"),
    "older": N_("Cli", "older"),
    "newer": N_("Cli", "newer"),
}


def _revision_line(revision: str | None, lang: str) -> str:
    return tr(
        "Cli",
        "database revision: {revision}",
        lang,
        revision=revision or tr("Cli", "(empty)", lang),
    )


def _run_command(args: argparse.Namespace, config, lang: str) -> int:
    from ocpizza_desk.db import schema
    from ocpizza_desk.services.context import ServiceContext
    from ocpizza_desk.services.maps_setup import setup_maps

    ctx = ServiceContext(config, interactive=False)
    try:
        setup_maps(ctx)
        print(tr("Cli", "database: {config}", lang, config=config), file=sys.stderr)
        if args.command == "db":
            if args.action == "status":
                found = ctx.schema_status()
                print(_revision_line(found.current, lang))
                print(tr("Cli", "expected revision: {revision}", lang, revision=found.expected))
                print(
                    tr(
                        "Cli",
                        "state: {state}",
                        lang,
                        state=translate("Cli", STATES[found.state], lang),
                    )
                )
                return EXIT_OK if found.state == "current" else EXIT_SCHEMA
            ctx.ping()
            if args.action == "import":
                return _import(args, ctx, lang)
            if args.action in ("bootstrap", "grants", "service-account"):
                return accounts_cli.run(args, ctx)
            if args.action == "upgrade":
                previous = schema.current_revision(ctx.engine)
                saved = backup_cli.backup_before_upgrade(ctx, args, lang)
                try:
                    schema.upgrade(ctx.engine, args.revision)
                    _refresh_grants(ctx)  # per-staff accounts: grants of this version
                finally:
                    if previous != schema.current_revision(ctx.engine) or saved:
                        backup_cli.print_rollback(saved, previous, lang)
            else:
                if not args.yes:
                    print(
                        tr(
                            "Cli",
                            "downgrade drops tables and their data: add --yes to confirm",
                            lang,
                        ),
                        file=sys.stderr,
                    )
                    return EXIT_REFUSED
                schema.downgrade(ctx.engine, args.revision)
            print(_revision_line(schema.current_revision(ctx.engine), lang))
            return EXIT_OK
        if args.command == "demo":
            from ocpizza_desk.ops.seed import DEFAULT_ORDERS, DEFAULT_SEED, SeedError, seed_demo

            ctx.check_schema()
            try:
                summary = seed_demo(
                    ctx.engine,
                    orders=DEFAULT_ORDERS if args.orders is None else args.orders,
                    seed=DEFAULT_SEED if args.seed is None else args.seed,
                    progress=_console_progress,
                )
            except SeedError as exc:
                print(f"{APP_NAME}: {exc}", file=sys.stderr)
                return EXIT_REFUSED
            print(
                tr(
                    "Cli",
                    "demo data loaded: {stores} stores, {users} accounts, {products} products, "
                    "{customers} customers, {orders} orders ({rows} rows in {seconds:.1f} s)",
                    lang,
                    stores=summary.stores,
                    users=summary.users,
                    products=summary.products,
                    customers=summary.customers,
                    orders=summary.orders,
                    rows=summary.rows,
                    seconds=summary.seconds,
                )
            )
            return EXIT_OK
        if args.command == "notices":
            return _send_notices(args, ctx)
        if args.command == "backup":
            return backup_cli.run(args, config, lang)
        if args.command == "journal":
            return journal_cli.run(args, ctx, lang)
        if args.command == "maintenance":
            return _maintenance(args, ctx, lang)
        if args.command == "reports":
            return _refresh_summaries(args, ctx, lang)
        if args.command == "menu":
            return _export_allergens(args, ctx, lang)
        if args.command == "metrics":
            from ocpizza_desk.ops.metrics import serve

            try:
                return serve(config, host=args.host, port=args.port)
            except OSError as exc:  # the port is taken, or the address is not this machine's
                print(
                    f"{APP_NAME}: "
                    + tr(
                        "Cli",
                        "cannot listen on {host}:{port}: {error}",
                        lang,
                        host=args.host,
                        port=args.port,
                        error=exc,
                    ),
                    file=sys.stderr,
                )
                return EXIT_REFUSED
        raise AssertionError(args.command)
    finally:
        ctx.close()


def _import(args: argparse.Namespace, ctx, lang: str) -> int:
    """`db import FILE.sql`: the manual's "Importer un fichier", as a command."""
    from ocpizza_desk.domain.errors import DomainError
    from ocpizza_desk.ops import backup

    print(
        tr("Cli", "importing ", lang) + f"{args.file} -> {ctx.config.display_url}",
        file=sys.stderr,
    )
    try:
        done = backup.import_sql(
            args.file,
            ctx.config,
            force=args.force,
            safety_folder=args.backup_folder or backup.default_folder(),
            progress=_console_progress,
        )
    except DomainError as exc:
        code = backup_cli.REFUSALS.get(exc.code)
        if code is None:
            raise
        print(f"{APP_NAME}: {exc.message(lang)}", file=sys.stderr)
        return code
    if done.safety_copy is not None:
        print(tr("Cli", "safety copy of the replaced database: ", lang) + str(done.safety_copy))
    print(
        tr("Cli", "imported: ", lang)
        + f"{done.statements} "
        + tr("Cli", "statements, ", lang)
        + f"{done.tables} tables, {done.rows} "
        + tr("Cli", "rows; schema ", lang)
        + f"{done.revision or '?'}"
        + (f" ({tr('Cli', 'skipped', lang)}: {', '.join(done.skipped)})" if done.skipped else "")
    )
    if done.erasures_replayed:
        print(tr("Cli", "GDPR erasures replayed: ", lang) + str(done.erasures_replayed))
    status = ctx.schema_status()
    if status.state != "current":
        print(
            f"{APP_NAME}: "
            + tr(
                "Cli",
                "the imported database is at schema {current}, this build expects {expected}: ",
                lang,
                current=status.current or tr("Cli", "(none)", lang),
                expected=status.expected,
            )
            + (
                tr("Cli", "run 'db upgrade'", lang)
                if status.state == "older"
                else tr("Cli", "install the latest version", lang)
                if status.state == "newer"
                else tr("Cli", "not an ocpizza-desk database", lang)
            ),
            file=sys.stderr,
        )
        return EXIT_SCHEMA
    if done.missing_triggers:
        print(
            f"{APP_NAME}: "
            + tr("Cli", "the imported database lacks the triggers ", lang)
            + ", ".join(done.missing_triggers)
            + tr("Cli", ": export it with its triggers (phpMyAdmin: 'Add CREATE TRIGGER')", lang),
            file=sys.stderr,
        )
        return EXIT_SCHEMA
    print(tr("Cli", "schema checked: ", lang) + status.current)
    return EXIT_OK


def _send_notices(args: argparse.Namespace, ctx) -> int:
    """The outbox's sender without a screen (a server, cron). Mail failures are recorded and
    retried, never fatal; in a loop a lost database is waited for too."""
    import time

    from ocpizza_desk.config import ConfigError, load_mail_config
    from ocpizza_desk.domain.errors import DomainError
    from ocpizza_desk.services import notices

    ctx.check_schema()
    try:
        mail = load_mail_config()
    except ConfigError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return EXIT_DATABASE
    if mail is None:
        print(
            f"{APP_NAME}: mail is not configured (no [mail] section, or enabled = false, in "
            "the config file): notices stay in the outbox",
            file=sys.stderr,
        )
        return EXIT_DATABASE
    print(mail, file=sys.stderr)
    transport = notices.transport_for(mail)
    try:
        while True:
            try:
                report = notices.send_due(ctx, transport, limit=args.limit)
            except DomainError as exc:
                if not args.loop:
                    raise
                log.warning("notices: %s; trying again later", exc.message("en"))
                report = notices.SendReport()
            if report.claimed or not args.loop:
                print(
                    f"notices: {report.sent} sent, {report.retried} to retry, "
                    f"{report.failed} failed, {report.deferred} waiting for the server"
                )
            if report.claimed == args.limit and not report.deferred:
                continue  # more may be due
            if not args.loop:
                return EXIT_OK
            time.sleep(args.interval)
    except KeyboardInterrupt:
        return EXIT_OK


def _refresh_summaries(args: argparse.Namespace, ctx, lang: str) -> int:
    """The catch-up of the reports' daily summaries (services/summaries.py), as the
    administrator of this machine: cron it where no head-office PC runs all day."""
    import time

    from ocpizza_desk.services import summaries

    ctx.check_schema()
    while True:
        done = summaries.refresh(ctx)
        print(
            tr(
                "Cli",
                (
                    "report summaries: {store_days} store-days computed ({changed} changed "
                    "since) in {seconds:.1f} s, through {through:%d/%m/%Y}"
                ),
                lang,
                store_days=done.store_days,
                changed=done.changed,
                seconds=done.seconds,
                through=done.through,
            )
        )
        if not args.loop:
            return EXIT_OK
        time.sleep(args.interval * 60)


def _export_allergens(args: argparse.Namespace, ctx, lang: str) -> int:
    """The website's allergen export (services/allergens.py), as the administrator of this
    machine: cron it after catalogue changes, or let the site read the tables (see
    docs/website-contract.md)."""
    import json

    from ocpizza_desk.services import allergens

    ctx.check_schema()
    exported = allergens.website_export(allergens.sheet(ctx, None))
    text = json.dumps(exported, ensure_ascii=False, indent=2) + "\n"
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")
        unknown = sum(not p["complete"] for p in exported["products"])
        print(
            tr(
                "Cli",
                "allergens: {count} products written to {path} ({unknown} with an ingredient"
                " not recorded)",
                lang,
                count=len(exported["products"]),
                path=args.out,
                unknown=unknown,
            )
        )
    return EXIT_OK


def _maintenance(args: argparse.Namespace, ctx, lang: str) -> int:
    """As the administrator of this machine: see services/maintenance.py for why no account."""
    from ocpizza_desk.domain.clock import to_paris
    from ocpizza_desk.domain.errors import ValidationError
    from ocpizza_desk.services import maintenance

    ctx.check_schema()
    if args.action == "on":
        try:
            maintenance.set_maintenance_from_console(ctx, True, args.message)
        except ValidationError as exc:
            print(f"{APP_NAME}: {exc.message(lang)}", file=sys.stderr)
            return EXIT_USAGE
    elif args.action == "off":
        maintenance.set_maintenance_from_console(ctx, False)
    found = maintenance.status(ctx)
    if not found.on:
        print(tr("Cli", "maintenance: off", lang))
        return EXIT_OK
    if found.since:
        print(
            tr(
                "Cli",
                "maintenance: on since {since:%Y-%m-%d %H:%M} (Paris time): {message}",
                lang,
                since=to_paris(found.since),
                message=found.message,
            )
        )
    else:
        print(tr("Cli", "maintenance: on: {message}", lang, message=found.message))
    return EXIT_OK


def _screenshot(args: argparse.Namespace, config, lang: str) -> int:
    """Demo data in a throwaway database unless --db-url names one."""
    from pathlib import Path

    from ocpizza_desk.gui.screenshots import ScreenshotError, take

    try:
        out = take(args.screen, Path(args.out), config=config, lang=lang, size=args.size)
    except ScreenshotError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(tr("Cli", "wrote {path}", lang, path=out))
    return EXIT_OK


def _console_progress(step: str, fraction: float) -> None:
    if sys.stderr.isatty():
        print(f"\r{step:<10} {fraction:4.0%}", end="" if fraction < 1 else "\n", file=sys.stderr)


def _default_lang() -> str:
    chosen = os.environ.get("OCPIZZA_LANG") or os.environ.get("LANG", "fr")
    return "en" if chosen.lower().startswith("en") else "fr"


if __name__ == "__main__":
    sys.exit(main())
