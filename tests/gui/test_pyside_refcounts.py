"""PySide6 6.12.0 on Python 3.11 decrements None's refcount on every call of a void method
(setEnabled, processEvents, fetchMore...) until the interpreter aborts with "none_dealloc".
The app makes such calls all day, so the Qt binding in use must not."""

import sys

from PySide6.QtWidgets import QPushButton


def test_void_qt_calls_keep_none_alive(qapp):
    button = QPushButton("x")
    before = sys.getrefcount(None)
    for _ in range(2000):
        button.setEnabled(True)
        qapp.processEvents()
    assert sys.getrefcount(None) - before > -100
