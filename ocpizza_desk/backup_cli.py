"""`ocpizza-desk backup create|list|verify|restore|prune`, and the backup before `db upgrade`.

Kept out of cli.py so the command table stays short; messages in French or English (--lang).
Exit codes as in cli.py, plus 6: a backup failed its verification.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ocpizza_desk import APP_NAME

EXIT_OK, EXIT_REFUSED, EXIT_BAD_BACKUP = 0, 5, 6
REFUSALS = {  # a restore refused before anything was touched
    "backup.target_not_empty": EXIT_REFUSED,
    "backup.other_backend": EXIT_REFUSED,
    "backup.unknown_revision": EXIT_REFUSED,
    "backup.damaged": EXIT_BAD_BACKUP,
    "backup.unreadable": EXIT_BAD_BACKUP,
    "backup.not_found": EXIT_REFUSED,
}


def _t(lang: str, fr: str, en: str) -> str:
    return fr if lang == "fr" else en


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
    listing = backup.add_parser("list", help="the backups, oldest first")
    listing.add_argument("--folder", type=Path, help=folder_help)
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
    prune.add_argument("--keep-daily", type=_count, default=3, help="days kept (default 3)")
    prune.add_argument("--keep-weekly", type=_count, default=2, help="weeks kept (default 2)")
    prune.add_argument("--dry-run", action="store_true", help="say what would go, delete nothing")


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
        print(_t(lang, "sauvegarde en cours…", "backing up…"), file=sys.stderr)
        info = backup.create(
            config, args.folder, _progress, method="builtin" if args.builtin else "auto"
        )
        print(
            _t(lang, "sauvegarde écrite : ", "backup written: ")
            + f"{info.path} ({_size(info.size)}, {info.total_rows} "
            + _t(lang, "lignes, schéma", "rows, schema")
            + f" {info.revision}, {info.tool})"
        )
        if args.verify:
            return _verify(backup, info.path, config, None, lang)
        return EXIT_OK
    if args.action == "list":
        found = backup.list_backups(args.folder)
        if not found:
            print(_t(lang, "aucune sauvegarde", "no backup"))
        for info in found:
            verified = {None: "-", True: "verified OK", False: "VERIFY FAILED"}[info.verified]
            print(
                f"{info.name}  {_size(info.size):>9}  {info.backend or '?':<6}  "
                f"{info.revision or '?':<22}  {info.total_rows:>9} rows  {verified}"
                + (f"  UNREADABLE: {info.problem}" if info.problem else "")
            )
        return EXIT_OK
    if args.action == "verify":
        path = args.file
        if path is None:
            found = backup.list_backups(args.folder)
            if not found:
                print(f"{APP_NAME}: " + _t(lang, "aucune sauvegarde", "no backup"), file=sys.stderr)
                return EXIT_REFUSED
            path = found[-1].path
        return _verify(backup, path, config, args.scratch_server, lang)
    if args.action == "restore":
        from ocpizza_desk.config import resolve_database

        other = resolve_database(args.erasures_from) if args.erasures_from else None
        print(
            _t(lang, "restauration de ", "restoring ") + f"{args.file} -> {config.display_url}",
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
            _t(lang, "restauré : ", "restored: ")
            + _t(lang, "schéma", "schema")
            + f" {done.revision}, {done.rows} "
            + _t(lang, "lignes ; ", "rows; ")
            + _t(lang, "effacements RGPD rejoués : ", "GDPR erasures replayed: ")
            + f"{done.erasures_replayed} (log: {done.erasure_log})"
        )
        if done.safety_copy is not None:
            print(
                _t(
                    lang,
                    "copie de sécurité de la base remplacée : ",
                    "safety copy of the replaced database: ",
                )
                + str(done.safety_copy)
            )
        if done.erasure_log == "none":
            print(
                _t(
                    lang,
                    "attention : aucun journal d'effacements RGPD n'a pu être lu ; si la base "
                    "en service est ailleurs, relancez avec --erasures-from URL",
                    "warning: no GDPR erasure log could be read; if the live database is "
                    "elsewhere, run again with --erasures-from URL",
                ),
                file=sys.stderr,
            )
        return EXIT_OK
    if args.action == "prune":
        done = backup.prune(args.folder, args.keep_daily, args.keep_weekly, dry_run=args.dry_run)
        for decision in done.decisions:
            verb = (
                _t(lang, "gardée   ", "keep     ")
                if decision.keep
                else (
                    _t(lang, "à effacer", "would go")
                    if done.dry_run
                    else _t(lang, "effacée  ", "deleted  ")
                )
            )
            print(f"{verb}  {decision.info.name}  ({decision.reason})")
        print(
            _t(lang, f"{len(done.kept)} gardée(s), ", f"{len(done.kept)} kept, ")
            + (
                _t(
                    lang,
                    f"{len(done.deleted)} à effacer (essai)",
                    f"{len(done.deleted)} to delete (dry run)",
                )
                if done.dry_run
                else _t(lang, f"{len(done.deleted)} effacée(s)", f"{len(done.deleted)} deleted")
            )
        )
        return EXIT_OK
    raise AssertionError(args.action)


def _verify(backup, path: Path, config, scratch_server: str | None, lang: str) -> int:
    from ocpizza_desk.config import resolve_database

    if scratch_server:
        server = resolve_database(scratch_server)
    else:
        server = None if config.is_sqlite else config
    found = backup.verify(path, server, _progress)
    name = Path(path).name
    if found.ok:
        print(
            _t(lang, "sauvegarde vérifiée : ", "backup verified: ")
            + f"{name} ("
            + _t(lang, "sommes de contrôle, restauration d'essai, ", "checksums, test restore, ")
            + _t(lang, "schéma ", "schema ")
            + f"{found.revision})"
        )
        return EXIT_OK
    if found.damaged:
        print(
            f"{APP_NAME}: "
            + _t(lang, "sauvegarde endommagée : ", "damaged backup: ")
            + f"{name}: {', '.join(found.damaged)}"
            + (f" ({'; '.join(found.problems)})" if found.problems else ""),
            file=sys.stderr,
        )
    else:
        details = [*found.problems]
        details += [f"{t}: {a} -> {b} rows" for t, a, b in found.count_mismatches]
        if found.restored and not found.revision_ok:
            details.append(f"schema revision {found.revision}")
        print(
            f"{APP_NAME}: "
            + _t(lang, "vérification échouée : ", "verification failed: ")
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
        _t(lang, "sauvegarde avant la mise à jour du schéma…", "backing up before the upgrade…"),
        file=sys.stderr,
    )
    info = backup.create(ctx.config, args.backup_folder, _progress)
    print(_t(lang, "sauvegarde écrite : ", "backup written: ") + str(info.path))
    return info.path


def print_rollback(path: Path | None, previous: str | None, lang: str) -> None:
    if path is None and previous is None:
        return
    print(_t(lang, "pour revenir en arrière :", "to roll back:"))
    if path is not None:
        print(f"  {APP_NAME} backup restore {path} --force")
    if previous is not None:
        print(
            f"  {APP_NAME} db downgrade --revision {previous} --yes   "
            + _t(
                lang,
                "(les tables ajoutées et leurs données sont perdues)",
                "(drops the added tables and their data)",
            )
        )
