"""`ocpizza-desk backup create|list|verify|restore|prune`, and the backup before `db upgrade`.

Kept out of cli.py so the command table stays short; messages in French or English (--lang).
Exit codes as in cli.py, plus 6: a backup failed its verification.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ocpizza_desk import APP_NAME
from ocpizza_desk.domain.texts import N_, tr, translate

EXIT_OK, EXIT_CONFIG, EXIT_REFUSED, EXIT_BAD_BACKUP = 0, 4, 5, 6
REFUSALS = {  # a restore refused before anything was touched
    "backup.target_not_empty": EXIT_REFUSED,
    "backup.other_backend": EXIT_REFUSED,
    "backup.unknown_revision": EXIT_REFUSED,
    "backup.damaged": EXIT_BAD_BACKUP,
    "backup.unreadable": EXIT_BAD_BACKUP,
    "backup.not_found": EXIT_REFUSED,
    "backup.import_not_mysql": EXIT_REFUSED,
    "backup.import_failed": EXIT_BAD_BACKUP,
}


def add_parser(commands) -> None:
    backup = commands.add_parser(
        "backup", help="backups: create, list, verify, restore, prune"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    folder_help = "folder of the backups (default: 'backups' in the user data folder)"
    create = backup.add_parser("create", help="back the database up now")
    create.add_argument("--folder", type=Path, help=folder_help)
    create.add_argument("--verify", action="store_true", help="verify the new backup at once")
    create.add_argument(
        "--builtin", action="store_true", help="the built-in dump even if mariadb-dump is there"
    )
    listing = backup.add_parser(
        "list", help="the backups, oldest first, and the retention rule that keeps each one"
    )
    listing.add_argument("--folder", type=Path, help=folder_help)
    _policy_arguments(listing)
    verify = backup.add_parser(
        "verify", help="check the checksums and test-restore into a scratch database"
    )
    verify.add_argument("file", nargs="?", type=Path, help="backup file (default: the newest)")
    verify.add_argument("--folder", type=Path, help=folder_help)
    verify.add_argument(
        "--scratch-server",
        help="MariaDB server URL for the test restore (default: the --db-url server)",
    )
    restore = backup.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", type=Path, help="backup file")
    restore.add_argument("--force", action="store_true", help="replace a database holding data")
    restore.add_argument("--folder", type=Path, help="where the safety copy goes; " + folder_help)
    restore.add_argument(
        "--no-safety-copy",
        action="store_true",
        help="do not back up the database being replaced first",
    )
    restore.add_argument(
        "--erasures-from",
        metavar="URL",
        help="the live database to read the GDPR erasure log from (default: the target)",
    )
    prune = backup.add_parser(
        "prune", help="delete old backups: each of the last days, then one a week"
    )
    prune.add_argument("--folder", type=Path, help=folder_help)
    _policy_arguments(prune)
    prune.add_argument("--dry-run", action="store_true", help="say what would go, delete nothing")


def _policy_arguments(parser) -> None:
    """The retention rule; each option overrides the config file's [backup] section."""
    parser.add_argument(
        "--keep-daily", type=_count, help="days kept, the newest backup of each (default 3)"
    )
    parser.add_argument(
        "--keep-weekly", type=_count, help="weekly copies kept before those days (default 2)"
    )
    parser.add_argument(
        "--weekly-day",
        type=_weekday,
        help="the day a week starts on: its first backup is the week's copy (default sunday)",
    )
    parser.add_argument(
        "--weekly-gap",
        type=_count,
        metavar="DAYS",
        help="at least this many days between two weekly copies (default 7)",
    )


def _weekday(text: str) -> int:
    from ocpizza_desk.ops.backup import weekday_number

    try:
        return weekday_number(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day of the week: {text!r}") from None


def _policy(args: argparse.Namespace):
    from dataclasses import replace

    from ocpizza_desk.ops.backup import load_policy

    policy = load_policy()
    chosen = {
        "keep_daily": args.keep_daily,
        "keep_weekly": args.keep_weekly,
        "weekly_day": args.weekly_day,
        "weekly_gap_days": args.weekly_gap,
    }
    return replace(policy, **{k: v for k, v in chosen.items() if v is not None})


WEEKDAYS = (
    N_("Cli", "monday"),
    N_("Cli", "tuesday"),
    N_("Cli", "wednesday"),
    N_("Cli", "thursday"),
    N_("Cli", "friday"),
    N_("Cli", "saturday"),
    N_("Cli", "sunday"),
)


def rule_text(decision, policy, lang: str) -> str:
    """Why a backup is kept or goes, in the console's language."""
    from ocpizza_desk.ops import backup

    rules = {
        backup.RULE_DAILY: N_("Cli", "daily, {day}"),
        backup.RULE_WEEKLY: N_("Cli", "weekly, week from {weekday} {day}"),
        backup.RULE_NEWEST: N_("Cli", "the newest backup"),
        backup.RULE_FUTURE: N_("Cli", "dated in the future"),
        backup.RULE_SAME_DAY: N_("Cli", "a newer backup of {day} is kept"),
        backup.RULE_SAME_WEEK: N_("Cli", "an older backup of the week from {day} is kept"),
        backup.RULE_TOO_CLOSE: N_("Cli", "less than {gap} days from the next weekly copy"),
        backup.RULE_TOO_OLD: N_("Cli", "older than the schedule"),
    }
    if decision.rule not in rules:
        return decision.reason
    return translate("Cli", rules[decision.rule], lang).format(
        day=decision.day.strftime("%d/%m/%Y") if decision.day else "?",
        weekday=translate("Cli", WEEKDAYS[policy.weekly_day], lang),
        gap=policy.weekly_gap_days,
    )


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be zero or more")
    return value


def _progress(step: str, fraction: float) -> None:
    if sys.stderr.isatty():
        print(f"\r{step:<10} {fraction:4.0%}", end="" if fraction < 1 else "\n", file=sys.stderr)


def _size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


def run(args: argparse.Namespace, config, lang: str) -> int:
    from ocpizza_desk.domain.errors import DomainError
    from ocpizza_desk.ops import backup

    policy = None
    if args.action in ("list", "prune"):
        from ocpizza_desk.config import ConfigError

        try:
            policy = _policy(args)
        except ConfigError as exc:  # prune deletes files: never on a rule it cannot read
            print(f"{APP_NAME}: {exc}", file=sys.stderr)
            return EXIT_CONFIG
    if args.action in ("create", "restore"):
        from ocpizza_desk.services.context import ServiceContext

        if args.action == "restore":
            backup.ensure_database(config)
        ctx = ServiceContext(config, interactive=False)
        try:
            ctx.ping()  # an unreachable database is said so, as by the other commands
        finally:
            ctx.close()
    if args.action == "create":
        print(tr("Cli", "backing up…", lang), file=sys.stderr)
        info = backup.create(
            config, args.folder, _progress, method="builtin" if args.builtin else "auto"
        )
        print(
            tr("Cli", "backup written: ", lang)
            + f"{info.path} ({_size(info.size)}, {info.total_rows} "
            + tr("Cli", "rows, schema", lang)
            + f" {info.revision}, {info.tool})"
        )
        if args.verify:
            return _verify(backup, info.path, config, None, lang)
        return EXIT_OK
    if args.action == "list":
        decisions = backup.plan_prune(backup.list_backups(args.folder), policy)
        if not decisions:
            print(tr("Cli", "no backup", lang))
        for decision in decisions:
            info = decision.info
            verified = {
                None: "-",
                True: tr("Cli", "verified OK", lang),
                False: tr("Cli", "VERIFY FAILED", lang),
            }[info.verified]
            why = (
                tr("Cli", "kept: ", lang)
                if decision.keep
                else tr("Cli", "goes at the next prune: ", lang)
            ) + rule_text(decision, policy, lang)
            rows = tr("Cli", "{count} rows", lang, count=info.total_rows)
            print(
                f"{info.name}  {_size(info.size):>9}  {info.backend or '?':<6}  "
                f"{info.revision or '?':<22}  {rows:>14}  {verified:<13}  {why}"
                + (
                    "  " + tr("Cli", "UNREADABLE: {problem}", lang, problem=info.problem)
                    if info.problem
                    else ""
                )
            )
        return EXIT_OK
    if args.action == "verify":
        path = args.file
        if path is None:
            found = backup.list_backups(args.folder)
            if not found:
                print(f"{APP_NAME}: " + tr("Cli", "no backup", lang), file=sys.stderr)
                return EXIT_REFUSED
            path = found[-1].path
        return _verify(backup, path, config, args.scratch_server, lang)
    if args.action == "restore":
        from ocpizza_desk.config import resolve_database

        other = resolve_database(args.erasures_from) if args.erasures_from else None
        print(
            tr("Cli", "restoring ", lang) + f"{args.file} -> {config.display_url}",
            file=sys.stderr,
        )
        try:
            done = backup.restore(
                args.file,
                config,
                force=args.force,
                erasures_from=other,
                progress=_progress,
                safety_folder=None
                if args.no_safety_copy
                else (args.folder or backup.default_folder()),
            )
        except DomainError as exc:
            code = REFUSALS.get(exc.code)
            if code is None:
                raise
            print(f"{APP_NAME}: {exc.message(lang)}", file=sys.stderr)
            return code
        print(
            tr("Cli", "restored: ", lang)
            + tr("Cli", "schema", lang)
            + f" {done.revision}, {done.rows} "
            + tr("Cli", "rows; ", lang)
            + tr("Cli", "GDPR erasures replayed: ", lang)
            + f"{done.erasures_replayed} (log: {done.erasure_log})"
        )
        if done.safety_copy is not None:
            print(tr("Cli", "safety copy of the replaced database: ", lang) + str(done.safety_copy))
        if done.erasure_log == "none":
            print(
                tr(
                    "Cli",
                    (
                        "warning: no GDPR erasure log could be read; if the live database is "
                        "elsewhere, run again with --erasures-from URL"
                    ),
                    lang,
                ),
                file=sys.stderr,
            )
        return EXIT_OK
    if args.action == "prune":
        done = backup.prune(args.folder, policy, dry_run=args.dry_run)
        for decision in done.decisions:
            verb = (
                tr("Cli", "keep     ", lang)
                if decision.keep
                else (tr("Cli", "would go", lang) if done.dry_run else tr("Cli", "deleted  ", lang))
            )
            print(f"{verb}  {decision.info.name}  ({rule_text(decision, policy, lang)})")
        print(
            tr("Cli", "{value} kept, ", lang, value=len(done.kept))
            + (
                tr("Cli", "{value} to delete (dry run)", lang, value=len(done.deleted))
                if done.dry_run
                else tr("Cli", "{value} deleted", lang, value=len(done.deleted))
            )
        )
        return EXIT_OK
    raise AssertionError(args.action)


def _verify(backup, path: Path, config, scratch_server: str | None, lang: str) -> int:
    from ocpizza_desk.config import resolve_database

    if scratch_server:
        server = resolve_database(scratch_server)
    else:
        server = None if config is None or config.is_sqlite else config
    found = backup.verify(path, server, _progress)
    name = Path(path).name
    if found.ok:
        print(
            tr("Cli", "backup verified: ", lang)
            + f"{name} ("
            + tr("Cli", "checksums, test restore, ", lang)
            + tr("Cli", "schema ", lang)
            + f"{found.revision})"
        )
        return EXIT_OK
    if found.damaged:
        print(
            f"{APP_NAME}: "
            + tr("Cli", "damaged backup: ", lang)
            + f"{name}: {', '.join(found.damaged)}"
            + (f" ({'; '.join(found.problems)})" if found.problems else ""),
            file=sys.stderr,
        )
    else:
        details = [*found.problems]
        details += [
            tr("Cli", "{table}: {before} -> {after} rows", lang, table=t, before=a, after=b)
            for t, a, b in found.count_mismatches
        ]
        if found.restored and not found.revision_ok:
            details.append(tr("Cli", "schema revision {revision}", lang, revision=found.revision))
        print(
            f"{APP_NAME}: "
            + tr("Cli", "verification failed: ", lang)
            + f"{name}: {'; '.join(details)}",
            file=sys.stderr,
        )
    return EXIT_BAD_BACKUP


def backup_before_upgrade(ctx, args: argparse.Namespace, lang: str) -> Path | None:
    """A backup before migrations touch a database that holds a schema; None when skipped
    (--no-backup, an empty database, or nothing to upgrade)."""
    from ocpizza_desk.db import schema
    from ocpizza_desk.ops import backup

    current = schema.current_revision(ctx.engine)
    if args.no_backup or current is None:
        return None
    if args.revision in ("head", schema.EXPECTED_REVISION) and current == schema.head_revision():
        return None
    print(
        tr("Cli", "backing up before the upgrade…", lang),
        file=sys.stderr,
    )
    info = backup.create(ctx.config, args.backup_folder, _progress)
    print(tr("Cli", "backup written: ", lang) + str(info.path))
    return info.path


def print_rollback(path: Path | None, previous: str | None, lang: str) -> None:
    if path is None and previous is None:
        return
    print(tr("Cli", "to roll back:", lang))
    if path is not None:
        print(f"  {APP_NAME} backup restore {path} --force")
    if previous is not None:
        print(
            f"  {APP_NAME} db downgrade --revision {previous} --yes   "
            + tr("Cli", "(drops the added tables and their data)", lang)
        )
