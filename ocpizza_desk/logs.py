"""The log file: where it is, and the handlers every entry point installs.

A leaf module (the package's name and the standard library only), so the GUI's error dialog
can name the file without importing the command line (`cli` sits above everything).
"""

from __future__ import annotations

import logging
from pathlib import Path

from ocpizza_desk import APP_AUTHOR, APP_NAME


def log_file() -> Path:
    """This user's log file (Linux: ~/.local/state/ocpizza-desk/log/ocpizza-desk.log)."""
    from platformdirs import user_log_path

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
