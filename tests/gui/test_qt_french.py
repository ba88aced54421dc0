"""Qt's own dialogs speak the UI's language (issue 18, item 10): the file dialog's "Look in:"
and "Files of type:", message boxes' buttons; the bundle ships Qt's French; file dialogs open
in the user's Documents folder, never the application's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from ocpizza_desk.gui import folders, i18n

ROOT = Path(__file__).resolve().parents[2]


def _file_dialog_labels(qtbot) -> dict[str, str]:
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    return {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}


def test_the_file_dialog_and_buttons_speak_french(qtbot, qt_settings):
    labels = _file_dialog_labels(qtbot)
    assert labels["lookInLabel"] == "&Voir dans\u00a0:"
    assert labels["fileTypeLabel"] == "Fichiers de &type\u00a0:"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    i18n.install("en", remember=False)
    assert _file_dialog_labels(qtbot)["lookInLabel"] == "&Look in:"


def test_qt_french_is_found_when_qts_own_path_is_wrong(qtbot, qt_settings, monkeypatch):
    """A bundle whose Qt prefix does not point at the catalogues: PySide6's folder is tried."""

    class Nowhere:
        LibraryPath = i18n.QLibraryInfo.LibraryPath

        @staticmethod
        def path(_which):
            return "/nonexistent/translations"

    monkeypatch.setattr(i18n, "QLibraryInfo", Nowhere)
    assert [p.name for p in i18n.qt_catalogues("fr")] == ["qtbase_fr.qm"]
    i18n.install("en", remember=False)
    i18n.install("fr", remember=False)
    assert _file_dialog_labels(qtbot)["lookInLabel"] == "&Voir dans\u00a0:"


def test_the_bundle_ships_qt_french():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'qt_catalogues("fr")' in spec and '"PySide6/Qt/translations"' in spec
    assert any(p.name == "qtbase_fr.qm" and p.is_file() for p in i18n.qt_catalogues("fr"))


def test_file_dialogs_start_in_documents_then_home(qt_settings, tmp_path, monkeypatch):
    documents = tmp_path / "Documents"
    home = tmp_path / "home"
    home.mkdir()
    places = {
        QStandardPaths.StandardLocation.DocumentsLocation: str(documents),
        QStandardPaths.StandardLocation.HomeLocation: str(home),
    }
    monkeypatch.setattr(
        folders.QStandardPaths, "writableLocation", staticmethod(lambda where: places[where])
    )
    assert folders.start_folder("reports/exportDir") == home  # no Documents folder: home
    documents.mkdir()
    assert folders.start_folder("reports/exportDir") == documents
    QSettings().setValue("reports/exportDir", str(tmp_path / "gone"))  # since deleted
    assert folders.start_folder("reports/exportDir") == documents
    QSettings().setValue("reports/exportDir", "relative")  # never the working folder
    assert folders.start_folder("reports/exportDir") == documents
    folders.remember("reports/exportDir", home)
    assert folders.start_folder("reports/exportDir") == home
