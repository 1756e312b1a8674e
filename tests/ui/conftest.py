"""UI test fixtures: a real journal in a tmp vault, modal boxes answered by the test, a fake clock and settings file."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication

from peerjournal import i18n as core_i18n
from peerjournal.storage.files.settings_file import SettingsFile
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import create_vault
from tests.ui.helpers import FakeClock, local

from peerjournal.ui.app import translations as i18n
from peerjournal.ui.widgets import files, messages

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _no_modal_boxes():
    messages.enable_test_mode()
    files.enable_test_mode()
    yield
    messages.next_answers.clear()
    messages.shown.clear()


@pytest.fixture
def vault_path(tmp_path):
    return tmp_path / "vault" / "journal.pjvault"


@pytest.fixture
def journal(vault_path):
    vault = create_vault(vault_path, PASSPHRASE)
    yield Journal(vault)
    vault.close()


@pytest.fixture(autouse=True)
def _collect_between_tests():
    """Delete each test's Qt objects while the QApplication still runs.

    Left to interpreter exit, PySide6 can free the leftovers of many tests in an
    order that crashes (a refcount error in shiboken). Tidying per test avoids it.
    """
    yield
    from PySide6.QtCore import QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def clock():
    return FakeClock(local(20, 19, 0))


@pytest.fixture
def settings_file(tmp_path):
    return SettingsFile(tmp_path / "config")


@pytest.fixture(autouse=True)
def _english_counts(request):
    """Counts read "1 file", "2 files" as in the app: English's plural forms (peerjournal_en.ts)."""
    if {"qapp", "qtbot"} & set(request.fixturenames):
        request.getfixturevalue("qapp")
        i18n.install_english_counts()


@pytest.fixture
def pseudo_locale(qapp):
    i18n.install_translators(i18n.PSEUDO)
    yield
    i18n.install_translators("en")
    core_i18n.set_translator(None)
