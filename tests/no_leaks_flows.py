"""Child process for ``tests/test_no_plaintext_leaks.py``: drive the real app with marker text.

Run as ``python tests/no_leaks_flows.py MARKERS_JSON REPORT_PATH`` with HOME, the XDG
folders and TMPDIR pointing at fresh temp folders and ``QT_QPA_PLATFORM=offscreen``.
Every field the person can type into gets a unique marker; the parent then scans every
file the process could have written for those markers. The flows for later features
(support plan, Connecting, vCard, PDF summary, "Take all my data", a supporter's reply)
are in ``tests/no_leaks_more_flows.py``.

The child checks that each flow really happened (so a clean scan means something) and
exits non-zero otherwise. It never prints a marker: stdout and stderr are scanned too.
The report (paths the parent checks) is written outside the scanned folders.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path


class FakeClock:
    def __init__(self, when: datetime) -> None:
        self.now = when

    def __call__(self) -> datetime:
        return self.now


def _controls(control: str) -> bool:
    """Put the control marker where the parent must find it, proving the scan looks there.

    A temp file (UTF-16-LE), a Qt user settings file and stderr. And Qt's own file dialog
    used naively, without clearing its history: says whether Qt records the visited folder
    in QtProject.conf here (so the app's dialogs passing the scan means something). That
    file and folder are then removed, as if this had been another program's run.
    """
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QFileDialog

    handle, _name = tempfile.mkstemp(prefix="control-")
    with open(handle, "wb") as file:
        file.write(control.encode("utf-16-le"))
    settings = QSettings(QSettings.Scope.UserScope, "PeerJournalLeakControl")
    settings.setValue("control", control)
    settings.sync()
    print(f"control marker {control}", file=sys.stderr)

    folder = Path.home() / f"{control}-folder"
    folder.mkdir()
    dialog = QFileDialog(None, "Control", str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.show()
    QTest.qWait(50)
    dialog.setDirectory(str(folder))
    QTest.qWait(50)
    dialog.reject()
    del dialog
    gc.collect()
    conf = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    recorded = conf.exists() and control.encode() in conf.read_bytes()
    conf.unlink(missing_ok=True)
    folder.rmdir()
    return recorded


def main() -> int:  # one long scripted session, in order
    markers: dict[str, str] = json.loads(sys.argv[1])
    report_path = Path(sys.argv[2])
    m = markers

    import no_leaks_more_flows as more  # beside this script (sys.path[0])
    from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit

    from peerjournal import APP_ID, APP_NAME, __version__
    from peerjournal.app import parse_args, vault_path_for
    from peerjournal.core.prompts import PromptKind
    from peerjournal.core.sharing.keys import new_identity, recipient_file_text
    from peerjournal.core.sharing.options import Naming
    from peerjournal.core.vocabulary import EntryKind
    from peerjournal.storage.files.backup import backups_dir, list_backups
    from peerjournal.storage.vault.database import JOURNAL
    from peerjournal.system.paths import config_dir, default_vault_path
    from peerjournal.system.privacy import disable_core_dumps

    from peerjournal.ui.app.controller import AppController
    from peerjournal.ui.app.style import apply_style
    from peerjournal.ui.widgets import files, messages

    disable_core_dumps()
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)
    apply_style(app)
    messages.enable_test_mode()
    files.enable_test_mode()
    report: dict[str, object] = {"qt_dialog_records_history": _controls(m["control"])}

    def wait_until(condition, what: str, timeout: float = 40.0) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for: {what}")
            QTest.qWait(20)

    def check(condition: object, what: str) -> None:
        if not condition:
            raise AssertionError(f"flow check failed: {what}")

    def type_into(widget, text: str) -> None:  # type: ignore[no-untyped-def]
        widget.setFocus()
        QTest.keyClicks(widget, text)

    def go(window, page) -> None:  # type: ignore[no-untyped-def]
        """Show a page by what it is, not its place in the list (pages get added)."""
        window.go_to(window.stack.indexOf(page))
        check(window.stack.currentWidget() is page, "page shown")

    home = Path.home()
    today = datetime.now().astimezone().replace(hour=19, minute=0, second=0, microsecond=0)
    clock = FakeClock(today.astimezone(UTC))
    windows: list = []

    # -- first start: the start question, then create the journal -------------------------
    check(vault_path_for(parse_args([])) is None, "a fresh HOME has no journal yet")
    ctl = AppController(None, clock=clock, use_tray=False)  # default SettingsFile: the real config dir
    ctl.windowShown.connect(windows.append)
    ctl.start()
    check(ctl.start_dialog is not None, "start dialog shown")
    ctl.start_dialog.chosen.emit(JOURNAL)
    dialog = ctl.unlock_dialog
    check(dialog is not None and dialog.creating, "create-journal dialog shown")
    passphrase = f"tall ladder {m['passphrase']} quiet river"
    type_into(dialog.passphrase, passphrase)
    type_into(dialog.confirm, passphrase)
    dialog.show_check.setChecked(True)  # shown while typing, then hidden again
    dialog.show_check.setChecked(False)
    dialog.submit()
    wait_until(lambda: windows, "the main window after creating the journal")
    window = windows[-1]
    journal = ctl.journal
    vault_path = default_vault_path()
    check(ctl.vault.path == vault_path and vault_path.exists(), "vault created at the default path")

    # -- people: one added on the People page, with notes and a stay-in-touch cadence --------
    go(window, window.people)
    window.people.open_add_dialog()
    person_dialog = window.people.person_dialog
    type_into(person_dialog.name_edit, f"Sam {m['person_name']}")
    type_into(person_dialog.notes_edit, f"likes {m['person_notes']} walks")
    person_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    window.people.open_add_dialog()
    person_dialog = window.people.person_dialog
    type_into(person_dialog.name_edit, f"Rowan {m['cadence_person']}")
    person_dialog.cadence_combo.setCurrentIndex(person_dialog.cadence_combo.findData(7))
    person_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QTest.qWait(50)
    people = {p.name: p for p in journal.people()}
    sam = people[f"Sam {m['person_name']}"]
    rowan = people[f"Rowan {m['cadence_person']}"]
    check(journal.cadences().get(rowan.id) == 7, "cadence saved")
    type_into(window.people.filter_edit, m["person_name"])  # the people filter box
    QTest.qWait(50)
    window.people.filter_edit.clear()

    # -- prompt settings, then a prompt -------------------------------------------------------
    go(window, window.prompts)
    page = window.prompts
    page.max_per_day.setValue(2)
    page.kind_checks[PromptKind.ACTIVITIES].setChecked(False)
    page.new_time.setTime(page.new_time.time().fromString("09:30", "HH:mm"))
    page.add_time_button.click()
    page.quiet.setChecked(False)
    page.show_details.setChecked(True)  # names in notifications: still only in memory
    page.cadence_cell(sam.id).setData(Qt.ItemDataRole.UserRole, 14)  # as its editor sets it
    check(ctl.prompts.settings_file.load().prompts.max_per_day == 2, "prompt settings saved")
    clock.now = (today + timedelta(hours=1, minutes=5)).astimezone(UTC)
    due = ctl.prompts.check()
    check(any(p.kind is PromptKind.CHECK_IN for p in due), f"a check-in prompt is due: {[p.kind for p in due]}")
    check(window.banner.isVisible(), "prompt banner shown")
    for prompt in due:
        if prompt.kind is not PromptKind.CHECK_IN:
            ctl.prompts.dismiss(prompt)
    window.act_on_prompt(next(p for p in due if p.kind is PromptKind.CHECK_IN))

    # -- lists: a new feeling and a new kind of activity --------------------------------------
    lists = window.edit_lists()
    type_into(lists.feelings.field, m["list_feeling"])
    lists.feelings.add_button.click()
    type_into(lists.categories.field, m["category"])
    lists.categories.add_button.click()
    check(m["category"] in [c.casefold() for c in journal.activity_categories()], "category added")
    lists.reject()

    # -- Today: check-in with a typed feeling and note, a contact with a typed new person ------
    go(window, window.today)
    today_page = window.today
    today_page.mood_form.mood.setValue(4)
    type_into(today_page.mood_form.feelings.field, m["feeling"])
    QTest.keyClick(today_page.mood_form.feelings.field, "\r")
    check(m["feeling"] in today_page.mood_form.feelings.selected(), "typed feeling chosen")
    type_into(today_page.mood_form.note, f"a good day {m['mood_note']}")
    today_page.contact_form.people.set_selected([sam.id])
    type_into(today_page.contact_form.people.field, f"Kit {m['typed_person']}")
    QTest.keyClick(today_page.contact_form.people.field, "\r")
    check(len(today_page.contact_form.people.selected()) == 2, "typed person created and chosen")
    type_into(today_page.contact_form.note, f"coffee {m['contact_note']}")
    today_page.save_button.click()
    check(len(journal.timeline()) == 2, f"check-in and contact saved: {today_page.status.text()!r}")

    # -- an activity through the entry dialog ------------------------------------------------
    entry = window.log_activity()
    entry.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(clock().timestamp())))
    type_into(entry.form.title, f"walk {m['activity_title']}")
    entry.form.category.setCurrentText(m["category"])
    entry.form.people.set_selected([sam.id])
    type_into(entry.form.note, f"by the river {m['activity_note']}")
    entry.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    QTest.qWait(50)
    check(any(r.kind is EntryKind.ACTIVITY for r in journal.timeline()), "activity saved")

    # -- timeline: search, then edit the check-in -----------------------------------------
    go(window, window.timeline)
    timeline = window.timeline
    type_into(timeline.text_filter, m["search"])
    QTest.qWait(300)
    check(timeline.proxy.rowCount() == 0, "search for the marker finds nothing")
    timeline.text_filter.clear()
    type_into(timeline.text_filter, m["mood_note"])
    QTest.qWait(300)
    check(timeline.proxy.rowCount() == 1, "search finds the check-in by its note")
    timeline.text_filter.clear()
    QTest.qWait(300)
    mood_row = next(r for r in journal.timeline() if r.kind is EntryKind.MOOD)
    check(timeline.select(EntryKind.MOOD, mood_row.id), "check-in selected")
    timeline.edit_button.click()
    editor = window.entry_dialog
    check(editor is not None and editor.original is not None, "edit dialog open")
    editor.form.note.setPlainText(f"edited {m['edited_note']}")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    QTest.qWait(50)
    check(journal.get_entry(EntryKind.MOOD, mood_row.id).note.endswith(m["edited_note"]), "edit saved")
    window.undo_action.trigger()  # undo and redo the edit
    window.redo_action.trigger()

    # -- every page once, now that there is something to show -------------------------------
    for row in range(window.nav.count()):
        window.go_to(row)
        QTest.qWait(30)

    # -- sharing: supporters (typed key, key file via Qt's dialog), two shares ----------------
    go(window, window.sharing)
    sharing = window.sharing
    _, public = new_identity()
    type_into(sharing.name_edit, f"Dev {m['supporter_name']}")
    sharing.key_edit.setText(f"age1{m['bad_key']}")
    sharing.add_button.click()
    check(sharing.error.isVisible(), "a bad key is refused")
    sharing.key_edit.setText(public)
    sharing.add_button.click()
    check(sharing.supporters_table.rowCount() == 1, "supporter added")

    # Qt's own (non-native) file dialog, as the app uses it, in folders named with markers.
    dialog_dir = home / m["dialog_dir"]
    dialog_dir.mkdir()
    _, second_public = new_identity()
    key_file = dialog_dir / f"{m['key_file']}.txt"
    key_file.write_text(recipient_file_text(second_public), encoding="utf-8")
    picks: list[Path] = []
    real_dialogs: list[str] = []

    def fake_exec(self) -> QFileDialog.DialogCode:  # type: ignore[no-untyped-def]
        """What a person does in the dialog: go to a folder, pick or type a file name, accept."""
        target = picks.pop(0)
        self.show()
        QTest.qWait(50)
        self.setDirectory(str(target.parent))
        QTest.qWait(50)
        name_edit = self.findChild(QLineEdit, "fileNameEdit")
        name_edit.clear()
        QTest.keyClicks(name_edit, target.name)  # typed, as a person would
        QTest.qWait(50)
        self.accept()
        real_dialogs.append(self.objectName())
        return QFileDialog.DialogCode(self.result())

    QFileDialog.exec = fake_exec  # type: ignore[method-assign]
    files._testing = False
    picks.append(key_file)
    sharing.key_file_button.click()
    check(sharing.key_edit.text() == second_public, "key read from a file chosen in Qt's dialog")
    type_into(sharing.name_edit, f"Ana {m['second_supporter']}")
    sharing.add_button.click()
    check(sharing.supporters_table.rowCount() == 2, "second supporter added")

    def share(target: Path) -> Path:
        share_dialog = sharing.open_share_dialog()
        share_dialog.supporter.setCurrentIndex(0)
        type_into(share_dialog.sender_name, f"Alex {m['sender_name']}")
        type_into(share_dialog.message, f"hello {m['share_message']}")
        share_dialog.notes.setChecked(True)
        share_dialog.naming.setCurrentIndex(share_dialog.naming.findData(Naming.FULL))
        share_dialog.preview_button.click()
        check(share_dialog.pages.currentIndex() == 1, f"share preview shown: {share_dialog.error.text()!r}")
        if files._testing:
            files.next_paths.append(target)
        else:
            picks.append(target)
        share_dialog.save_button.click()
        wait_until(lambda: share_dialog.saved_path is not None, "the shared file to be saved")
        return share_dialog.saved_path

    via_qt = share(dialog_dir / f"{m['dialog_file']}.pjshare")
    check(via_qt.exists() and len(real_dialogs) == 2, "share saved through Qt's file dialog")
    # One more dialog without a parent, so Qt saves its state at once when it goes.
    picks.append(dialog_dir / f"{m['dialog_file']}-again.pjshare")
    check(files.choose_save(None, "Save", "PeerJournal shared file (*.pjshare)", "share.pjshare") is not None,
          "parentless save dialog")
    gc.collect()
    files._testing = True
    (home / "Documents").mkdir()
    plain_share = share(home / "Documents" / "for-my-supporter.pjshare")
    check(plain_share.exists(), "share saved (test-mode file choice)")

    # -- security page: settings and a backup now -----------------------------------------
    go(window, window.security)
    security = window.security
    security.lock_after.setValue(12)
    security.keep.setValue(5)
    before = {info.path for info in list_backups(security.folder)}
    made = security.back_up_now()  # in a worker when the unlock's key is at hand (issue 20)
    wait_until(lambda: not security.backing_up, "the backup made in the background")
    made = made or next(iter({info.path for info in list_backups(security.folder)} - before), None)
    check(made is not None and made.exists(), "backup made")

    # -- what came later: theme, support plan, Connecting, vCard, PDF, my data, a reply -------
    session = more.Session(m, check, type_into, wait_until, go, picks, dialog_dir)
    more.theme(session, window, ctl)
    more.support_plan(session, window, journal, sam.id)
    more.connecting(session, window, journal, sam.id)
    more.vcard_import(session, window, journal)
    more.pdf_summary(session, window)
    more.take_all_data(session, window)
    more.supporter_reply(session, window, journal, clock, home)

    # -- auto-lock with a half-typed check-in: kept as an encrypted draft ---------------------
    go(window, window.today)
    today_page = window.today
    today_page.mood_form.mood.setValue(2)
    type_into(today_page.mood_form.note, f"not finished {m['draft_note']}")
    more.support_plan_unsaved(session, window)  # a plan edit that can't be saved yet
    more.goal_dialog_open(session, window)  # and a new goal half-written in its dialog
    check(ctl.autolock.running, "auto-lock running")
    ctl.autolock.lockNow.emit("idle")
    check(ctl.window is None and ctl.vault is None, "locked")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    dialog = ctl.unlock_dialog
    check(dialog is not None and not dialog.creating, "unlock dialog after the lock")
    type_into(dialog.passphrase, f"wrong {m['wrong_passphrase']} words")
    dialog.submit()
    wait_until(lambda: dialog.error.isVisible(), "the wrong passphrase to be refused")
    shown_before = len(windows)
    type_into(dialog.passphrase, passphrase)
    dialog.submit()
    wait_until(lambda: len(windows) > shown_before, "the main window after unlocking again")
    window = windows[-1]
    check(window.today.mood_form.note.toPlainText().endswith(m["draft_note"]), "draft restored")
    window.today.save_button.click()  # and now saved for real
    check(len(ctl.journal.timeline()) == 4, "draft saved as an entry")
    more.goal_dialog_restored(session, window, ctl.journal)
    more.support_plan_restored(session, window, ctl.journal)

    # -- lock from the menu, unlock, quit from the menu -------------------------------------
    window.lock_action.trigger()
    dialog = ctl.unlock_dialog
    shown_before = len(windows)
    type_into(dialog.passphrase, passphrase)
    dialog.submit()
    wait_until(lambda: len(windows) > shown_before, "the main window after the menu lock")
    window = windows[-1]
    window.quit_action.trigger()
    check(ctl.vault is None and ctl.window is None, "quit closed the journal")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    settings_path = ctl.prompts.settings_file.settings_path
    report |= {
        "vault": str(vault_path),
        "settings": str(settings_path),
        "config_dir": str(config_dir()),
        "backups": [str(b.path) for b in list_backups(backups_dir(vault_path))],
        "shares": [str(via_qt), str(plain_share), *(str(p) for p in session.sealed)],
        "exports": [str(p) for p in session.exports],
    }
    windows.clear()
    ctl.deleteLater()
    del ctl
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    app.processEvents()
    report_path.write_text(json.dumps(report), encoding="utf-8")
    print("flows finished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
