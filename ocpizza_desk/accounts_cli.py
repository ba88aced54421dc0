"""`ocpizza-desk db bootstrap | grants | service-account`: per-staff database accounts.

Run by the administrator with the database owner's URL (`--db-url
mysql+pymysql://root@db.example.net/ocpizza`, its password asked or from the config file).
Passwords are asked on the terminal (or read from standard input when it is not a terminal,
for scripts), never taken from the command line.
"""

from __future__ import annotations

import getpass
import sys

from ocpizza_desk import APP_NAME

EXIT_OK, EXIT_REFUSED, EXIT_DRIFT = 0, 2, 1
MIN_PASSWORD = 10


def add_parsers(db) -> None:
    bootstrap = db.add_parser(
        "bootstrap",
        help="prepare a MySQL/MariaDB database for per-staff accounts (schema, roles, grants, "
        "procedures) and create its first administrator",
    )
    bootstrap.add_argument("--admin", required=True, help="the first administrator's username")
    bootstrap.add_argument("--full-name", default="Administrateur", help="their full name")
    bootstrap.add_argument(
        "--role-prefix", default="ocpizza_", help="prefix of this database's roles"
    )
    bootstrap.add_argument(
        "--account-prefix", default="", help="prefix of staff accounts (several databases)"
    )
    grants = db.add_parser("grants", help="the database roles' grants").add_subparsers(
        dest="grants_action", metavar="ACTION", required=True
    )
    grants.add_parser("check", help="compare the live grants with the expected matrix")
    grants.add_parser("show", help="print every grant per role, as expected")
    service = db.add_parser(
        "service-account", help="an account for the metrics exporter or the website"
    )
    service.add_argument("kind", choices=("metrics", "website"))
    service.add_argument("name", help="the account's name on the server")


def _password(prompt: str) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("again: ") != first:
        raise SystemExit(f"{APP_NAME}: the two passwords differ")
    return first


def run(args, ctx) -> int:
    from sqlalchemy import text

    from ocpizza_desk.db import accounts, schema

    if ctx.backend != "mysql":
        print(f"{APP_NAME}: per-staff accounts need MySQL/MariaDB", file=sys.stderr)
        return EXIT_REFUSED
    with ctx.engine.connect() as connection:
        database = connection.execute(text("SELECT DATABASE()")).scalar()
    if args.action == "grants":
        with ctx.engine.begin() as connection:
            naming = accounts.naming_of(connection)
            if naming is None:
                print(f"{APP_NAME}: no accounts here: run `db bootstrap` first", file=sys.stderr)
                return EXIT_REFUSED
            if args.grants_action == "show":
                for role, rows in sorted(accounts.expected(naming).items()):
                    print(f"{role}:")
                    for line in sorted(accounts._describe(row) for row in rows):
                        print(f"  {line}")
                return EXIT_OK
            lines = accounts.drift(connection, naming)
        for line in lines:
            print(line)
        print("no drift" if not lines else f"{len(lines)} differences", file=sys.stderr)
        return EXIT_DRIFT if lines else EXIT_OK
    if args.action == "service-account":
        with ctx.engine.begin() as connection:
            naming = accounts.naming_of(connection)
            if naming is None:
                print(f"{APP_NAME}: no accounts here: run `db bootstrap` first", file=sys.stderr)
                return EXIT_REFUSED
            password = _password(f"password of {args.name}: ")
            if len(password) < MIN_PASSWORD:
                print(f"{APP_NAME}: at least {MIN_PASSWORD} characters", file=sys.stderr)
                return EXIT_REFUSED
            accounts.service_account(connection, naming, args.name, password, args.kind)
        print(f"account {args.name} ({args.kind}) ready")
        return EXIT_OK
    # bootstrap
    if schema.status(ctx.engine).state == "empty":
        schema.upgrade(ctx.engine)
    ctx.check_schema()
    naming = accounts.Naming(database, args.role_prefix, args.account_prefix)
    with ctx.engine.begin() as connection:
        accounts.install(connection, naming)
        admins = connection.execute(
            text("SELECT COUNT(*) FROM users WHERE role = 'admin' AND active")
        ).scalar()
        taken = connection.execute(
            text("SELECT COUNT(*) FROM users WHERE username = :u"), {"u": args.admin}
        ).scalar()
    print(f"roles, grants and procedures of {database} installed ({naming.role_prefix}*)")
    if taken:
        print(f"{args.admin} already exists: no administrator created")
        return EXIT_OK
    if admins:
        print(f"({admins} administrators without server accounts stay unable to sign in)")
    password = _password(f"password of {args.admin}: ")
    if len(password) < MIN_PASSWORD:
        print(f"{APP_NAME}: at least {MIN_PASSWORD} characters", file=sys.stderr)
        return EXIT_REFUSED
    with ctx.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO users (username, full_name, role, store_id, password_hash, active,"
                " failed_attempts, password_changed_at, created_at) VALUES (:u, :n, 'admin', "
                "NULL, '', 1, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))"
            ),
            {"u": args.admin, "n": args.full_name},
        )
        accounts.create_account(connection, naming, args.admin, password, "admin")
        limit = connection.execute(text("SELECT @@GLOBAL.max_password_errors")).scalar()
        events = connection.execute(text("SELECT @@GLOBAL.event_scheduler")).scalar()
    print(f"administrator {args.admin} created: sign in with it in the application")
    if int(limit) > 100:
        print(
            "warning: the server does not stop repeated wrong passwords: set "
            "max_password_errors = 5 in its configuration",
            file=sys.stderr,
        )
    if str(events).upper() != "ON":
        print(
            "warning: event_scheduler is off: accounts blocked by wrong passwords are only "
            "unblocked by a manager (set event_scheduler = ON to unblock them after 15 minutes)",
            file=sys.stderr,
        )
    return EXIT_OK
