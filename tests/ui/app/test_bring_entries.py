"""Creating a journal with "Bring entries from another app" ticked opens the import dialog."""

from __future__ import annotations

import pytest

from tests.ui.app.helpers import submit
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.imports import AppImportDialog


@pytest.mark.parametrize("ticked", [True, False])
def test_the_import_dialog_opens_after_creating_only_when_asked(qtbot, controller, ticked):
    dialog = controller.show_unlock()
    qtbot.addWidget(dialog)
    assert dialog.bring_entries is not None and not dialog.bring_entries.isChecked()  # optional
    dialog.bring_entries.setChecked(ticked)
    with qtbot.waitSignal(controller.windowShown, timeout=20_000) as shown:
        submit(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    window = shown.args[0]
    opened = [d for d in window.findChildren(AppImportDialog) if d.isVisible()]
    assert len(opened) == (1 if ticked else 0)
    for found in opened:
        found.reject()
