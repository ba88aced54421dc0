"""The one entry point: `ocpizza-desk` opens the GUI; subcommands run the operations.

    ocpizza-desk [--db-url URL]                  the application
    ocpizza-desk db upgrade|downgrade|status     schema migrations
    ocpizza-desk demo seed [--orders N]          demo data into an empty database
    ocpizza-desk backup create|list|verify|restore|prune   backups (see backup_cli.py)
    ocpizza-desk notices send [--once|--loop]    customer notices through the [mail] server
    ocpizza-desk maintenance on --message M|off|status   staff kept out while you work
    ocpizza-desk metrics serve [--host H] [--port P]     Prometheus metrics and /healthz
    ocpizza-desk --version

Exit codes: 0 done, 1 unexpected error (logged with its traceback), 2 bad usage,
3 schema older or newer than this build, 4 database or configuration unusable,
5 refused (for example demo data into a database that is not empty), 6 a backup failed
its verification.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ocpizza_desk import APP_NAME, __version__, backup_cli

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_SCHEMA, EXIT_DATABASE, EXIT_REFUSED = 0, 1, 2, 3, 4, 5

log = logging.getLogger("ocpizza_desk")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=APP_NAME, description="OC Pizza staff back-office")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--db-url",
        help="database URL (default: $OCPIZZA_DB_URL, then the config file, then the "
        "embedded SQLite database)",
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

    metrics = commands.add_parser("metrics", help="monitoring").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    serve = metrics.add_parser("serve", help="serve /metrics (Prometheus format) and /healthz")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=_port, default=9101, help="port (default 9101)")

    backup_cli.add_parser(commands)

    shot = commands.add_parser(
        "screenshot", help="render a screen with demo data to a PNG file, offscreen"
    )
    shot.add_argument("screen", help="sign-in, dashboard, dashboard-head-office")
    shot.add_argument("--out", required=True, help="PNG file to write")
    return parser


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
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return EXIT_DATABASE
    if args.command is None:
        from ocpizza_desk.gui.app import run_gui

        return run_gui(config, lang=args.lang)
    if args.command == "screenshot":
        return _screenshot(args, config if args.db_url else None, lang)
    try:
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


def _run_command(args: argparse.Namespace, config, lang: str) -> int:
    from ocpizza_desk.db import schema
    from ocpizza_desk.services.context import ServiceContext
    from ocpizza_desk.services.maps_setup import setup_maps

    ctx = ServiceContext(config, interactive=False)
    try:
        setup_maps(ctx)
        print(f"database: {config}", file=sys.stderr)
        if args.command == "db":
            if args.action == "status":
                found = ctx.schema_status()
                print(f"database revision: {found.current or '(empty)'}")
                print(f"expected revision: {found.expected}")
                print(f"state: {found.state}")
                return EXIT_OK if found.state == "current" else EXIT_SCHEMA
            ctx.ping()
            if args.action == "upgrade":
                previous = schema.current_revision(ctx.engine)
                saved = backup_cli.backup_before_upgrade(ctx, args, lang)
                try:
                    schema.upgrade(ctx.engine, args.revision)
                finally:
                    if previous != schema.current_revision(ctx.engine) or saved:
                        backup_cli.print_rollback(saved, previous, lang)
            else:
                if not args.yes:
                    print(
                        "downgrade drops tables and their data: add --yes to confirm",
                        file=sys.stderr,
                    )
                    return EXIT_REFUSED
                schema.downgrade(ctx.engine, args.revision)
            print(f"database revision: {schema.current_revision(ctx.engine) or '(empty)'}")
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
                f"demo data loaded: {summary.stores} stores, {summary.users} accounts, "
                f"{summary.products} products, {summary.customers} customers, "
                f"{summary.orders} orders ({summary.rows} rows in {summary.seconds:.1f} s)"
            )
            return EXIT_OK
        if args.command == "notices":
            return _send_notices(args, ctx)
        if args.command == "backup":
            return backup_cli.run(args, config, lang)
        if args.command == "maintenance":
            return _maintenance(args, ctx, lang)
        if args.command == "metrics":
            from ocpizza_desk.ops.metrics import serve

            try:
                return serve(config, host=args.host, port=args.port)
            except OSError as exc:  # the port is taken, or the address is not this machine's
                print(
                    f"{APP_NAME}: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr
                )
                return EXIT_REFUSED
        raise AssertionError(args.command)
    finally:
        ctx.close()


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
        print("maintenance: off")
        return EXIT_OK
    since = to_paris(found.since).strftime(" since %Y-%m-%d %H:%M") if found.since else ""
    print(f"maintenance: on{since} (Paris time): {found.message}")
    return EXIT_OK


def _screenshot(args: argparse.Namespace, config, lang: str) -> int:
    """Demo data in a throwaway database unless --db-url names one."""
    from pathlib import Path

    from ocpizza_desk.gui.screenshots import ScreenshotError, take

    try:
        out = take(args.screen, Path(args.out), config=config, lang=lang)
    except ScreenshotError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"wrote {out}")
    return EXIT_OK


def _console_progress(step: str, fraction: float) -> None:
    if sys.stderr.isatty():
        print(f"\r{step:<10} {fraction:4.0%}", end="" if fraction < 1 else "\n", file=sys.stderr)


def _default_lang() -> str:
    chosen = os.environ.get("OCPIZZA_LANG") or os.environ.get("LANG", "fr")
    return "en" if chosen.lower().startswith("en") else "fr"


def log_file():
    from platformdirs import user_log_path

    from ocpizza_desk import APP_AUTHOR

    return user_log_path(APP_NAME, APP_AUTHOR) / f"{APP_NAME}.log"


def configure_logging(*, verbose: bool, console: bool) -> None:
    """A rotating log file per user; warnings on stderr for commands. No personal data."""
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    if any(getattr(h, "_ocpizza", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(
            RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        )
    except OSError:
        pass  # a read-only profile must not stop the shop
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.DEBUG if verbose else logging.WARNING)
        handlers.append(stream)
    for handler in handlers:
        handler.setFormatter(fmt)
        handler._ocpizza = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    # SQLAlchemy/Alembic chatter only when asked (it never holds parameters: hide_parameters).
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.INFO if verbose else logging.WARNING)


if __name__ == "__main__":
    sys.exit(main())
