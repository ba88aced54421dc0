"""Where a file dialog opens: the folder chosen last time if it still exists, else the user's
Documents folder, else their home, never the application's own folder (a relative or empty
start makes Qt open the working directory, which is the app's folder on a shop PC)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def documents() -> Path:
    """The user's Documents folder when it exists, else their home folder."""
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def start_folder(settings_key: str | None = None) -> Path:
    """The folder remembered under `settings_key` if it still exists, else `documents()`."""
    if settings_key:
        saved = QSettings().value(settings_key)
        if saved and Path(str(saved)).is_absolute() and Path(str(saved)).is_dir():
            return Path(str(saved))
    return documents()


def remember(settings_key: str, folder: Path) -> None:
    QSettings().setValue(settings_key, str(folder))
