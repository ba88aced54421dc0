"""`make bench`: run the benchmarks and write bench/results.md.

Each figure stands beside a baseline measured in the same run on the same machine, because
this machine is shared and noisy. MariaDB from OCPIZZA_BENCH_MYSQL_URL, else
root@127.0.0.1:3306. `python -m bench seed --orders 200000` runs a smaller seed.
OCPIZZA_BENCH_MILLION_URL names a database the seed suite already filled (kept afterwards):
the suites that run on the million orders use it instead of seeding one (a seed takes minutes).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

from bench import (
    accounts,
    formulas,
    journal_cost,
    kitchen_queue,
    maps,
    order_book,
    paths,
    placement,
    propagation,
    reports,
    screens,
    seed_load,
    sizes,
    statements,
)
from bench.supplies import stock_up

RESULTS = Path(__file__).with_name("results.md")
SUITES = (
    "seed",
    "placement",
    "queue",
    "statements",
    "orderbook",
    "propagation",
    "reports",
    "maps",
    "journal",
    "verify",
    "paths",
    "screens",
    "accounts",
    "halves",
    "menu_sizes",
    "formulas",
)
# The suites that run on the seed suite's million orders.
ON_MILLION = {
    "queue": kitchen_queue,
    "orderbook": order_book,
    "propagation": propagation,
    "reports": reports,
    "verify": SimpleNamespace(run=journal_cost.run_verify),
    "paths": paths,
    "screens": screens,
}


# How each suite's section starts in results.md (for --update).
HEADINGS = {
    "seed": "## Demo data at scale",
    "placement": "## (a) ",
    "queue": "## (b) ",
    "statements": "## (c) ",
    "orderbook": "## (d) ",
    "propagation": "## (e) ",
    "reports": "## (f) ",
    "maps": "## (g) ",
    "journal": "## (h) ",
    "verify": "## (i) ",
    "paths": "## (j) ",
    "screens": "## (k) ",
    "accounts": "## (l) ",
    "halves": "## (n) ",
    "menu_sizes": "## (o) ",
    "formulas": "## (p) ",
}


def _stock_up(url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            stock_up(connection)
    finally:
        engine.dispose()


def _replace_section(text: str, suite: str, section: str, note: str) -> str:
    """`text` with the suite's section (from its heading to the next one) replaced; a
    section not there yet goes at the end."""
    heading = HEADINGS[suite]
    start = text.find(heading)
    if start < 0:
        return text.rstrip("\n") + "\n\n" + section
    end = text.find("\n## ", start + len(heading))
    end = len(text) if end < 0 else end + 1
    first_line, _, rest = section.partition("\n\n")
    return (
        text[:start]
        + first_line
        + "\n\n"
        + note
        + rest
        + ("\n" if end < len(text) else "")
        + text[end:]
    )


def machine() -> str:
    return f"{platform.node()} · {os.cpu_count()} CPU · Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("suites", nargs="*", help=f"among {', '.join(SUITES)} (default: all)")
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument(
        "--update",
        action="store_true",
        help="replace only these suites' sections in results.md, keeping the others",
    )
    args = parser.parse_args()
    server = os.environ.get("OCPIZZA_BENCH_MYSQL_URL", "mysql+pymysql://root@127.0.0.1:3306/")
    unknown = set(args.suites) - set(SUITES)
    if unknown:
        parser.error(f"unknown suites: {', '.join(sorted(unknown))}")
    chosen = [name for name in SUITES if name in (args.suites or SUITES)]
    sections = []
    # The seed suite's million orders stay for the suites of ON_MILLION.
    million = None
    reused = os.environ.get("OCPIZZA_BENCH_MILLION_URL")
    if reused and "seed" not in chosen:
        million = reused
    stocked = False  # the million's stores topped up once, before the first suite that orders
    try:
        for name in chosen:
            print(f"running {name}…", file=sys.stderr)
            if name == "seed":
                section, million = seed_load.run(server, orders=args.orders, keep=True)
            elif name == "placement":
                section = placement.run(server)
            elif name == "statements":  # its own small database: counted per session
                section = statements.run(server)
            elif name == "maps":  # its own embedded database and local fake services
                section = maps.run()
            elif name == "journal":  # its own small databases, with and without the journal
                section = journal_cost.run(server)
            elif name == "accounts":  # its own small database, per-staff accounts against root
                section = accounts.run(server)
            elif name == "halves":  # its own small database, like placement
                section = sizes.run_halves(server)
            elif name == "menu_sizes":  # its own small database, 60 products in 3 sizes
                section = sizes.run_menu(server)
            elif name == "formulas":  # its own small database, like placement
                section = formulas.run_formulas(server)
            else:
                if million is None:
                    _, million = seed_load.run(server, orders=args.orders, keep=True)
                if not stocked:
                    _stock_up(million)
                    stocked = True
                section = ON_MILLION[name].run(million)
            sections.append(section)
    finally:
        if million is not None and million != reused:
            from ocpizza_desk.ops.scratch import drop_database

            drop_database(million)
    now = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    if args.update and RESULTS.exists():
        text = RESULTS.read_text(encoding="utf-8")
        for name, section in zip(chosen, sections, strict=True):
            text = _replace_section(text, name, section, f"_Measured again on {now}._\n\n")
        RESULTS.write_text(text, encoding="utf-8")
    else:
        header = (
            f"# Benchmark results\n\nRun {now} on {machine()}.\n"
            "Every figure has its baseline beside it, measured in the same run.\n\n"
        )
        RESULTS.write_text(header + "\n".join(sections), encoding="utf-8")
    print(f"wrote {RESULTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
