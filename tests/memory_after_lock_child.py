"""Child of ``tests/test_memory_after_lock.py``: the real app (``peerjournal.app.main``) on a
journal, driven from inside like a person would: the passphrase typed into the unlock dialog,
markers typed into Today's note and into an open "Add an activity" dialog. Then it prints
READY and waits; SIGUSR1 presses Lock (Ctrl+L), after which the app starts itself afresh.

The secrets come on stdin (one JSON line), never on the command line or in the environment,
which a fresh process started with ``exec`` would inherit.
"""

from __future__ import annotations

import json
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from peerjournal import app
from peerjournal.core.vocabulary import EntryKind

import peerjournal.ui.app.controller as controller_module

SECRETS = json.loads(sys.stdin.readline())


class DrivenController(controller_module.AppController):
    """The app's own controller, with a person at the keyboard."""

    def start(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().start(*args, **kwargs)
        self.windowShown.connect(self._type_markers)
        QTimer.singleShot(0, self._type_passphrase)

    def _type_passphrase(self) -> None:
        dialog = self.unlock_dialog
        QTest.keyClicks(dialog.passphrase, SECRETS["passphrase"])
        dialog.submit()

    def _type_markers(self, window) -> None:  # noqa: ANN001
        note = window.today.mood_form.note
        note.setFocus()
        QTest.keyClicks(note, SECRETS["today_note"])
        dialog = window.open_entry_dialog(EntryKind.ACTIVITY)
        QTest.keyClicks(dialog.form.title, SECRETS["dialog_title"])
        QTest.keyClicks(dialog.form.note, SECRETS["dialog_note"])
        signal.signal(signal.SIGUSR1, lambda *_: QTimer.singleShot(0, window.lock_action.trigger))
        print("READY", flush=True)


controller_module.AppController = DrivenController  # type: ignore[misc]
sys.exit(app.main(sys.argv[1:]))
