"""The caseload and files table models pass Qt's model tester."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.supporter.helpers import (
    two_people,
)


def test_models_pass_qt_model_tester(qtbot, qtmodeltester, store, public, sam, inbox, tmp_path):
    window = two_people(qtbot, store, public, sam, inbox, tmp_path)
    assert window.caseload.rowCount() == 2
    assert window.caseload.headerData(3, Qt.Orientation.Horizontal) == "Journal fingerprint"
    qtmodeltester.check(window.caseload)
    qtmodeltester.check(window.person_panel.exports)
    assert not window.grab().isNull()  # paints with two people and a review
