"""Supporter mode's window with real vaults and real sealed files: key, import, review,
notes, deleting, drag and drop, accessibility."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QAccessible, QDragEnterEvent
from PySide6.QtWidgets import QSplitter

from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.system.build_info import build_id, version_and_build
from tests.ui.helpers import unnamed_controls
from tests.ui.supporter.helpers import (
    FIRST,
    SECOND,
    accept_as_is,
    make_window,
    name_it,
    open_share,
    two_people,
    warnings,
)

from peerjournal.ui.supporter.supporter_dialogs import PersonNameDialog, SharePassphraseDialog
from peerjournal.ui.widgets import messages


def test_delete_a_file_then_the_person_after_confirming(qtbot, store, public, sam, inbox):
    window = make_window(qtbot, store)
    open_share(qtbot, window, sam.share(inbox, public, FIRST, made_days_ago=10), answer=accept_as_is)
    open_share(qtbot, window, sam.share(inbox, public, SECOND))
    person_id = window.current_person().id
    store.set_note(person_id, "kept until the person goes")

    messages.shown.clear()
    messages.next_answers[:] = [False]
    window.delete_export_action.trigger()
    assert len(store.exports_of(person_id)) == 2
    assert "keep only what you still need" in messages.shown[-1][1]

    messages.next_answers[:] = [True]
    window.delete_export_action.trigger()
    (left,) = store.exports_of(person_id)
    assert left.period_start == FIRST[0]
    assert window.person_panel.exports.rowCount() == 1

    messages.next_answers[:] = [False]
    window.delete_person_action.trigger()
    assert len(store.people()) == 1

    messages.next_answers[:] = [True]
    window.delete_person_action.trigger()
    assert "no longer support someone" in messages.shown[-1][1]
    assert store.people() == []
    assert store.vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    assert window.pages.currentWidget() is window.empty_label


def test_rename_a_person(qtbot, store, public, sam, inbox):
    window = make_window(qtbot, store)
    open_share(qtbot, window, sam.share(inbox, public), answer=accept_as_is)
    dialog = window.rename_person()
    assert dialog is not None and dialog.name_edit.text() == "Sam"
    dialog.name_edit.setText("Sam R.")
    dialog.ok_button.click()
    assert [p.name for p in store.people()] == ["Sam R."]
    assert window.person_panel.title.text() == "Sam R."


# -- drag and drop ---------------------------------------------------------------------
def test_dropping_a_file_on_the_window_opens_it(qtbot, store, public, sam, inbox):
    window = make_window(qtbot, store)
    path = sam.share(inbox, public)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    text_only = QMimeData()
    text_only.setText("age1 not a file")
    refused = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, text_only,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()

    assert open_share(qtbot, window, path, answer=name_it("Sam K"), via_drop=True).outcome == "imported"
    assert [p.name for p in store.people()] == ["Sam K"]


def test_every_control_has_an_accessible_name(qtbot, store, public, sam, inbox, tmp_path):
    window = two_people(qtbot, store, public, sam, inbox, tmp_path)
    assert unnamed_controls(window) == []
    empty = make_window(qtbot, SupporterStore(store.vault))
    assert unnamed_controls(empty) == []
    dialog = window.rename_person()
    assert dialog is not None
    assert unnamed_controls(dialog) == []
    dialog.reject()
    locked = SharePassphraseDialog("file.pjshare", window)
    qtbot.addWidget(locked)
    locked.show()
    assert unnamed_controls(locked) == []


def test_menus_shortcuts_lock_and_close(qtbot, store):
    window = make_window(qtbot, store)
    assert window.open_action.shortcut().toString() == "Ctrl+O"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Person", "&Help"]
    with qtbot.waitSignal(window.lockRequested):
        window.lock_action.trigger()
    with qtbot.waitSignal(window.quitRequested):
        window.quit_action.trigger()
    window.about()
    assert "supporter mode" in messages.shown[-1][1]
    assert version_and_build(build_id()) in messages.shown[-1][1]  # the version and build

    closed: list[bool] = []
    window.closeRequested.connect(lambda: closed.append(True))
    window.close_for_lock()
    assert closed == []
    other = make_window(qtbot, store)
    with qtbot.waitSignal(other.closeRequested):
        other.close()


def test_several_dropped_files_open_one_after_another(qtbot, store, public, sam, inbox):
    window = make_window(qtbot, store)
    damaged = inbox / "damaged.pjshare"
    damaged.write_bytes(b"age-encryption.org/v1\n-> X25519 oops\n")
    good = sam.share(inbox, public)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(damaged)), QUrl.fromLocalFile(str(good))])
    assert window.open_dropped(mime) == 2
    assert any("damaged or incomplete" in text for text in warnings())
    qtbot.waitUntil(lambda: isinstance(window.importer.dialog, PersonNameDialog), timeout=30_000)
    with qtbot.waitSignal(window.importer.finished, timeout=10_000):
        window.importer.dialog.ok_button.click()
    assert [p.name for p in store.people()] == ["Sam"]
    assert window.open_action.isEnabled()




def test_once_someone_shared_the_key_moves_to_a_menu_and_the_review_gets_most_of_the_window(
        qtbot, store, public, sam, inbox):
    window = make_window(qtbot, store)
    assert window.key_panel.isVisible()  # first run: giving out the key is the setup step
    open_share(qtbot, window, sam.share(inbox, public), answer=accept_as_is)
    assert not window.key_panel.isVisible()
    assert not window.key_panel.isVisibleTo(window.centralWidget())
    file_menu = window.menuBar().actions()[0].menu()
    assert window.key_action in file_menu.actions()

    window.key_action.trigger()
    dialog = window.key_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    assert dialog.panel.key_edit.text() == window.key_panel.key_text
    assert window.key_panel.fingerprint in dialog.panel.fingerprint_label.text()
    assert unnamed_controls(dialog) == []
    dialog.reject()

    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280, timeout=10_000)
    review = window.person_panel.review
    qtbot.waitUntil(lambda: review.width() >= 0.6 * window.width(), timeout=10_000)
    assert review.height() >= 0.6 * window.height()
    # The shared file itself is more than a keyhole.
    assert review.browser.height() >= 0.25 * window.height()



def test_the_file_menu_opens_the_workers_own_journal(qtbot, store):
    window = make_window(qtbot, store)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.other_kind_action in file_menu.actions()
    with qtbot.waitSignal(window.otherKindRequested) as asked:
        window.other_kind_action.trigger()
    assert asked.args == ["journal"]


def test_every_splitter_handle_is_a_named_divider(qtbot, store, public, sam, inbox):
    window = make_window(qtbot, store)
    open_share(qtbot, window, sam.share(inbox, public), answer=accept_as_is)
    splitters = {split.objectName(): split for split in window.findChildren(QSplitter)}
    assert {"caseloadSplitter", "personSplitter", "reviewSplitter"} <= set(splitters)
    for name, split in splitters.items():
        handles = [split.handle(i) for i in range(1, split.count())]
        assert handles, name
        for handle in handles:
            face = QAccessible.queryAccessibleInterface(handle)
            assert (handle.accessibleName(), face.text(QAccessible.Text.Name)) == ("Divider", "Divider"), name
            assert handle.accessibleDescription() == "Drag it to give one side more room."
