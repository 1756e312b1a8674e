"""The caseload pane: the words shown before anyone has shared a file."""

from __future__ import annotations

from tests.ui.supporter.helpers import (
    make_window,
)


def test_empty_state_explains_how_sharing_works(qtbot, store):
    window = make_window(qtbot, store)
    assert window.pages.currentWidget() is window.empty_label
    text = window.empty_label.text()
    assert "Sharing page" in text and "fingerprint" in text and "Ctrl+O" in text
    assert not window.delete_person_action.isEnabled()
    assert not window.delete_export_action.isEnabled()
    assert window.open_action.isEnabled()
