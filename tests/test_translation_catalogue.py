"""One translation catalogue: the errors, parameters and phrases written below the GUI are
English in the code and French in resources/translations/ocpizza_fr.ts, the file Qt Linguist
and tools/update_translations.py manage; the command line reads the same catalogue."""

from __future__ import annotations

import ast
import importlib.util
import pickle
import xml.etree.ElementTree as ET
from pathlib import Path

from sqlalchemy import create_engine, text

from ocpizza_desk.cli import EXIT_OK, EXIT_SCHEMA, main
from ocpizza_desk.domain import texts
from ocpizza_desk.domain.errors import CONTEXT, MESSAGES, DomainError, ValidationError
from ocpizza_desk.domain.money import Amount
from ocpizza_desk.domain.texts import Joined, Text, translate

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "ocpizza_fr.ts"


def finished_french() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                found[(context.findtext("name"), message.findtext("source"))] = translation.text
    return found


def update_translations():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_error_code_has_a_finished_french_translation():
    french = finished_french()
    missing = [code for code, english in MESSAGES.items() if (CONTEXT, english) not in french]
    assert not missing
    assert len(MESSAGES) > 150


def test_every_marked_text_of_the_code_is_in_the_catalogue_and_translated():
    """What update_translations extracts (N_ and Text calls) is all finished in the .ts."""
    marked = update_translations().marked_texts()
    assert ("DomainError", MESSAGES["auth.bad_credentials"]) in marked
    assert ("Field", "first name") in marked
    french = finished_french()
    assert [pair for pair in marked if pair not in french] == []


def test_the_extractor_reads_both_markers_and_implicit_concatenation(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text(
        'A = N_("Ctx", "one " "two")\n'
        'B = Text("Other", "three {n}", n=1)\n'
        'C = N_(name, "not literal")\n'
        'D = translate("Ctx", "looked up, not marked", "fr")\n',
        encoding="utf-8",
    )
    assert update_translations().marked_texts([source]) == [
        ("Ctx", "one two"),
        ("Other", "three {n}"),
    ]


def test_a_domain_error_in_french_and_english_with_translated_parameters():
    error = ValidationError(
        "closure.drawer_total", field_key="counted", amount=Amount(123456), limit=Amount(500000)
    )
    assert error.message("fr") == (
        "Le tiroir compté (1\u202f234,56\u00a0€) dépasse 5\u202f000,00\u00a0€ : "
        "vérifiez le comptage."
    )
    assert error.message("en") == (
        "The drawer counted (€1,234.56) is above €5,000.00: check the count."
    )
    missing = DomainError("not_found", what=Text("ErrorDetail", "customer"))
    assert missing.message("en") != missing.message("fr")
    assert "client" in missing.message("fr") and "customer" in missing.message("en")
    copy = pickle.loads(pickle.dumps(missing))
    assert copy.message("fr") == missing.message("fr")


def test_nested_and_joined_texts_follow_the_language():
    months = Joined(", ", [Text("Month", "January"), Text("Month", "August")])
    period = Text("Closure", "month of {month} {year}", month=Text("Month", "March"), year=2026)
    assert months.text("fr") == "janvier, août"
    assert months.text("en") == "January, August"
    assert period.text("fr") == "mois de mars 2026"
    assert period.text("en") == "month of March 2026"


def test_an_untranslated_text_and_an_unknown_language_fall_back_to_english():
    assert translate("DomainError", "No such sentence in the catalogue.", "fr") == (
        "No such sentence in the catalogue."
    )
    assert translate(CONTEXT, MESSAGES["auth.empty"], "de") == MESSAGES["auth.empty"]
    assert texts.catalogue("de") == {}


def test_the_command_line_prints_errors_from_the_catalogue_in_its_language(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    assert main(["--db-url", url, "db", "upgrade"]) == EXIT_OK
    engine = create_engine(url)
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    capsys.readouterr()
    assert main(["--lang", "fr", "--db-url", url, "demo", "seed"]) == EXIT_SCHEMA
    french = capsys.readouterr().err
    assert (
        "La base de données est à une version plus récente (0099_future) que cette application"
        in french
    )
    assert main(["--lang", "en", "--db-url", url, "demo", "seed"]) == EXIT_SCHEMA
    english = capsys.readouterr().err
    assert "The database schema (0099_future) is newer than this application" in english


# The layers below the GUI write no French of their own: it lives in the catalogue.
BELOW_THE_GUI = ("domain", "services", "integrations")


def french_dicts(path: Path) -> list[int]:
    """Lines of dict displays with a "fr" key (a hand-made translation)."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict) and any(
            isinstance(key, ast.Constant) and key.value == "fr" for key in node.keys
        ):
            lines.append(node.lineno)
    return lines


def test_no_french_dictionary_is_left_below_the_gui():
    found = {
        str(path.relative_to(ROOT)): lines
        for part in BELOW_THE_GUI
        for path in sorted((ROOT / "ocpizza_desk" / part).rglob("*.py"))
        if (lines := french_dicts(path))
    }
    assert found == {}


def test_the_dictionary_check_sees_one(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('NAMES = {"fr": "client", "en": "customer"}\nOTHER = {"en": "x"}\n')
    assert french_dicts(sample) == [1]
