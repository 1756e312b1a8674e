"""Status and problem labels say their words to screen readers: exposed as the name (Qt would
expose only the label's own name, e.g. "Problem") and announced when they change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel

from tests.ui.announcements import listen
from tests.ui.helpers import make_window

from peerjournal.ui.app.main_window import PAGES
from peerjournal.ui.widgets.status import set_status


def said(widget) -> tuple[str, str]:
    """What Qt's accessibility tree (and so AT-SPI) gives as the label's name and description."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_the_words_become_the_name_and_are_announced(qtbot, monkeypatch):
    heard = listen(monkeypatch)
    label = QLabel()
    qtbot.addWidget(label)
    label.setAccessibleName("Problem")
    label.hide()
    set_status(label, "The two passphrases are not the same.", error=True)
    assert said(label) == ("The two passphrases are not the same.", "Problem")
    assert not label.isHidden() and label.property("error") is True
    assert heard == [(label, "The two passphrases are not the same.")]
    set_status(label, "The two passphrases are not the same.", error=True)  # tried again: said again
    assert len(heard) == 2
    set_status(label, "")
    assert said(label) == ("Problem", "") and len(heard) == 2


def test_live_words_are_said_once_not_at_every_key(qtbot, monkeypatch):
    heard = listen(monkeypatch)
    label = QLabel()
    qtbot.addWidget(label)
    for _ in range(3):
        set_status(label, "Not the same yet.", live=True)
    set_status(label, "They match.", live=True)
    assert [words for _, words in heard] == ["Not the same yet.", "They match."]


def test_a_failed_create_says_the_passphrases_differ(qtbot, monkeypatch, vault_path):
    from peerjournal.ui.app.unlock_dialog import UnlockDialog
    heard = listen(monkeypatch)
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "river stones and moss")
    qtbot.keyClicks(dialog.confirm, "river stones and mosses")
    dialog.submit()
    name, description = said(dialog.match_label)
    assert "not the same" in name and description == "Whether the two passphrases match"
    assert any(who is dialog.match_label and "not the same" in words for who, words in heard)


def test_a_bad_new_passphrase_is_said_in_the_problem_label(qtbot, monkeypatch, vault_path):
    from peerjournal.ui.app.unlock_dialog import UnlockDialog
    heard = listen(monkeypatch)
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()  # nothing typed
    name, description = said(dialog.error)
    assert name == dialog.error.text() and name and description == "Problem"
    assert (dialog.error, name) in heard


def test_todays_save_status_is_said(qtbot, monkeypatch, journal):
    heard = listen(monkeypatch)
    window = make_window(qtbot, journal)
    page = window.today
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Choose a mood" in said(page.status)[0] and said(page.status)[1] == "Save status"
    assert (page.status, page.status.text()) in heard


def test_the_support_plans_status_is_said(qtbot, monkeypatch, journal):
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("Support plan"))
    page = window.support_plan
    heard = listen(monkeypatch)
    page.services.add_button.click()
    qtbot.keyClicks(page.services.how, "0000 000 000")
    page.save_button.click()
    assert "Please give each service a name" in said(page.status)[0]
    assert said(page.status)[1] == "Support plan save status"
    assert (page.status, page.status.text()) in heard


def test_the_prompts_status_is_said(qtbot, monkeypatch, journal):
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("Prompts"))
    page = window.prompts
    heard = listen(monkeypatch)
    for check in page.day_checks:
        check.setChecked(False)
    qtbot.mouseClick(page.add_time_button, Qt.MouseButton.LeftButton)
    assert said(page.status) == ("Please choose at least one day for the reminder.", "Settings status")
    assert (page.status, page.status.text()) in heard


def test_the_security_status_is_said(qtbot, monkeypatch, journal):
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("Security"))
    page = window.security
    heard = listen(monkeypatch)
    page.lock_after.setValue(page.lock_after.value() + 1)
    assert said(page.status) == ("Saved.", "Security status")
    assert (page.status, "Saved.") in heard
