"""Guard against a PySide6 release that loses references on plain method calls.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a void
method (``setText``, ``setEnabled``...). A running app makes thousands of those, so
None's count runs out and Python aborts ("deallocating None"). pyproject.toml excludes
that release; this test fails if an installed release has the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QPushButton

CALLS = 500


def test_void_methods_keep_none_alive(qtbot):
    label, button = QLabel(), QPushButton()
    qtbot.addWidget(label)
    qtbot.addWidget(button)
    before = sys.getrefcount(None)
    for i in range(CALLS):
        label.setText(str(i))
        button.setEnabled(bool(i % 2))
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, f"PySide6 lost {lost} references to None in {2 * CALLS} calls"
