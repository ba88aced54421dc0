"""The app ships complete: packages, compiled forms, translations, resources in a wheel."""

import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "ocpizza_desk").rglob("__init__.py")
    } | {"ocpizza_desk.resources"}
    # Folders of data files are listed too (setuptools warns about any it is not told of).
    found |= {"ocpizza_desk.db.migrations.versions"}
    found |= {
        "ocpizza_desk.resources." + ".".join(d.relative_to(ROOT / "resources").parts)
        for d in (ROOT / "resources").rglob("*")
        if d.is_dir() and d.name != "__pycache__"
    }
    assert found == listed


def test_compiled_forms_are_up_to_date():
    done = subprocess.run(
        [sys.executable, "tools/build_forms.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_visible_string_has_a_french_translation():
    done = subprocess.run(
        [sys.executable, "tools/update_translations.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    qm = ROOT / "resources" / "translations" / "ocpizza_fr.qm"
    ts = qm.with_suffix(".ts")
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, "run make translations"


def test_wheel_carries_resources_and_migrations_and_finds_them(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("ocpizza_desk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "ocpizza_desk/resources/demo/catalogue.json",
        "ocpizza_desk/resources/translations/ocpizza_fr.qm",
        "ocpizza_desk/resources/translations/ocpizza_fr.ts",  # the errors' catalogue
        "ocpizza_desk/resources/icons/ocpizza.svg",
        "ocpizza_desk/db/migrations/env.py",
        "ocpizza_desk/db/migrations/script.py.mako",
        "ocpizza_desk/db/migrations/versions/0001_initial.py",
        "ocpizza_desk/gui/forms/ui_sign_in.py",
    ):
        assert expected in names
    # Installed on its own (not the editable checkout), the same lookups find the files.
    # -S: no site module, so the checkout's editable finder (a .pth hook) is not loaded;
    # the dependencies come from site-packages, placed after the unpacked wheel.
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    site_packages = sysconfig.get_paths()["purelib"]
    probe = (
        f"import sys; sys.path[:0] = [{str(target)!r}, {site_packages!r}];"
        "import ocpizza_desk.assets as a, ocpizza_desk.db.schema as s;"
        "assert a.resource('demo', 'stores.json').is_file();"
        "assert a.resource_path('translations', 'ocpizza_fr.qm').exists();"
        "from ocpizza_desk.domain.errors import DomainError;"
        "assert DomainError('auth.empty').message('fr').startswith('Saisissez votre');"
        "assert s.head_revision() == s.EXPECTED_REVISION;"
        "print(a.resource_path('demo'))"
    )
    done = subprocess.run(
        [sys.executable, "-S", "-c", probe], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith(str(target))
