"""ANALYZE of the statements a call sends, for results.md: what MariaDB chose and read."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import event

from ocpizza_desk.services.context import ServiceContext


def captured(ctx: ServiceContext, fn: Callable[[], object]) -> list[tuple[str, object]]:
    """The SELECT statements (with their parameters) `fn` sends through `ctx`'s engine."""
    seen: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith(("SELECT", "(SELECT", "WITH")):
            seen.append((statement, parameters))

    event.listen(ctx.engine, "before_cursor_execute", capture)
    try:
        fn()
    finally:
        event.remove(ctx.engine, "before_cursor_execute", capture)
    return seen


def analyze_sql(ctx: ServiceContext, statements, label: str = "") -> list[str]:
    """One line per table of each statement's ANALYZE (rows estimated, r_rows read)."""
    lines = []
    raw = ctx.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for number, (statement, parameters) in enumerate(statements, 1):
            cursor.execute("ANALYZE " + statement, parameters)
            columns = [d[0] for d in cursor.description]
            for row in cursor.fetchall():
                p = dict(zip(columns, row, strict=True))
                lines.append(
                    f"{label}{number:>2} {p['select_type']:<8} table={p['table']} "
                    f"type={p['type']} key={p['key']} rows={p['rows']} r_rows={p['r_rows']} "
                    f"extra={p['Extra'] or ''}".rstrip()
                )
        cursor.close()
        raw.commit()
    finally:
        raw.close()
    return lines


def analyze(ctx: ServiceContext, fn: Callable[[], object], label: str = "") -> list[str]:
    return analyze_sql(ctx, captured(ctx, fn), label)
