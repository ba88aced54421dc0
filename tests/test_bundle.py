"""The PyInstaller bundle starts on a machine without the project's Python: `make bundle-test`
builds dist/ocpizza-desk/ and runs this (CI does, after `make test`)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ocpizza_desk import __version__

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "ocpizza-desk"
CLI = BUNDLE / ("ocpizza-desk-cli.exe" if sys.platform == "win32" else "ocpizza-desk-cli")

pytestmark = pytest.mark.bundle


def run_bundle(*args: str, home: Path) -> subprocess.CompletedProcess:
    # A clean environment: no virtualenv, no PYTHONPATH, a home of its own (the embedded
    # database and the config file go there), no display.
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    if "SYSTEMROOT" in os.environ:  # Windows needs it to start anything
        env["SYSTEMROOT"] = os.environ["SYSTEMROOT"]
    return subprocess.run(
        [str(CLI), *args], cwd=home, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def bundle():
    if not CLI.is_file():
        pytest.fail(f"no bundle at {BUNDLE}: run `make bundle-test`, which builds it first")
    return CLI


def test_the_bundle_prints_its_version(bundle, tmp_path):
    done = run_bundle("--version", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert __version__ in done.stdout


def test_the_bundle_signs_in_on_demo_data_and_exits(bundle, tmp_path):
    """`screenshot dashboard` creates the embedded demo database (migrations and resources
    from inside the bundle), signs a manager in through the sign-in window, renders the
    dashboard and exits: a scripted sign-in of the real application."""
    out = tmp_path / "dashboard.png"
    done = run_bundle(
        "screenshot", "dashboard", "--size", "1280x720", "--out", str(out), home=tmp_path
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert out.is_file() and out.stat().st_size > 10_000
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)  # the size asked for, not a default
    # The header's brand red is there: a signed-in main window, not the sign-in window.
    reds = sum(
        1
        for x in range(0, image.width(), 10)
        if image.pixelColor(x, 20).red() > 150 and image.pixelColor(x, 20).green() < 90
    )
    assert reds > image.width() // 10 // 2
