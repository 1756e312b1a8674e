"""Supporter mode's window with real vaults and real sealed files: key, import, review,
notes, deleting, drag and drop, accessibility."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from peerjournal.core.records import Contact, MoodCheckIn, Person
from peerjournal.core.sharing.document import build_document, new_export_id
from peerjournal.core.sharing.keys import new_identity, parse_recipient
from peerjournal.core.sharing.options import Naming, ShareOptions
from peerjournal.core.sharing.package import seal, seal_with_passphrase
from peerjournal.core.sharing.supporter_key import (
    SupporterKey,
    pairing_fingerprint,
    parse_supporter_key,
    supporter_key_file_text,
)
from peerjournal.core.vocabulary import ContactMode
from peerjournal.storage.journal import Journal
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.database import create_vault
from tests.ui.app.test_main_window import unnamed_controls
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.supporter.share_compare import figures, mood_words, period_text, since_last
from peerjournal.ui.supporter.share_review_charts import ReviewCharts, daily_moods, describe
from peerjournal.ui.supporter.supporter_dialogs import PersonNameDialog, SharePassphraseDialog
from peerjournal.ui.supporter.supporter_window import SupporterWindow
from peerjournal.ui.widgets import files, messages
from peerjournal.ui.widgets.charts import MoodLineChart

TODAY = date.today()
FIRST = (TODAY - timedelta(days=20), TODAY - timedelta(days=11))
SECOND = (TODAY - timedelta(days=10), TODAY - timedelta(days=1))


def noon(day: date) -> datetime:
    return datetime.combine(day, time(12), UTC)


class SharingJournal:
    """A real journal with moods, people and contacts, that makes real ``.pjshare`` files."""

    def __init__(self, path: Path, sender_name: str, friend: str = "Priya Shah") -> None:
        self.vault = create_vault(path, PASSPHRASE)
        self.journal = Journal(self.vault)
        self.repo = self.journal.sharing
        self.sender_name = sender_name
        priya = self.journal.add_person(Person(name=friend))
        alex = self.journal.add_person(Person(name="Alex Brown"))
        for offset, mood in ((20, 2), (18, 3), (17, 4), (12, 4), (9, 3), (8, 4), (7, 5), (2, 4)):
            self.journal.add_mood(MoodCheckIn(at=noon(TODAY - timedelta(days=offset)), mood=mood))
        for offset, who in ((19, (priya.id,)), (8, (priya.id, alex.id)), (3, (alex.id,))):
            self.journal.add_contact(Contact(at=noon(TODAY - timedelta(days=offset)),
                                             person_ids=who, mode=ContactMode.PHONE))

    def document(self, recipient: str, period: tuple[date, date], *, made_days_ago: int = 0,
                 message: str = "Thank you for Tuesday.") -> dict:
        options = ShareOptions(start=period[0], end=period[1], sender_name=self.sender_name,
                               message=message, naming=Naming.FIRST)
        return build_document(
            self.repo.snapshot(options, recipient), options, recipient=recipient,
            signer=self.repo.signer(), export_id=new_export_id(),
            created=datetime.now(UTC) - timedelta(days=made_days_ago),
        )

    def share(self, folder: Path, recipient: str, period: tuple[date, date] = FIRST, *,
              made_days_ago: int = 0, name: str = "") -> Path:
        data = seal(self.document(recipient, period, made_days_ago=made_days_ago),
                    self.repo.signing_key(), recipient)
        path = folder / (name or f"share-{new_export_id()[:8]}.pjshare")
        path.write_bytes(data)
        return path

    def close(self) -> None:
        self.vault.close()


@pytest.fixture
def store(tmp_path):
    vault = create_vault(tmp_path / "supporter" / "supporter.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS)
    yield SupporterStore(vault)
    vault.close()


@pytest.fixture
def public(store) -> str:
    return store.identity()[1]


@pytest.fixture
def sam(tmp_path):
    journal = SharingJournal(tmp_path / "sam" / "journal.pjvault", "Sam")
    yield journal
    journal.close()


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def make_window(qtbot, store) -> SupporterWindow:
    window = SupporterWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@dataclass
class Opened:
    outcome: str
    dialogs: list[QWidget]  # the questions that were asked, in order


Answer = Callable[[QWidget], None]


def open_share(qtbot, window: SupporterWindow, path: Path, *,
               answer: Answer | list[Answer] | None = None, via_drop: bool = False) -> Opened:
    """Open ``path`` as the supporter would; each ``answer`` fills in the next dialog."""
    answers = answer if isinstance(answer, list) else [answer] if answer else []
    asked: list[QWidget] = []
    with qtbot.waitSignal(window.importer.finished, timeout=30_000) as finished:
        if via_drop:
            mime = QMimeData()
            mime.setUrls([QUrl.fromLocalFile(str(path))])
            drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
            window.dropEvent(drop)
            assert drop.isAccepted()
        else:
            files.next_paths.append(path)
            window.open_action.trigger()
        for reply in answers:
            qtbot.waitUntil(lambda: window.importer.dialog is not None
                            and window.importer.dialog not in asked
                            and window.importer.dialog.isVisible(), timeout=30_000)
            asked.append(window.importer.dialog)
            reply(window.importer.dialog)
    return Opened(finished.args[0], asked)


def name_it(name: str) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonNameDialog)
        dialog.name_edit.setText(name)
        dialog.ok_button.click()
    return answer


def accept_as_is(dialog: QWidget) -> None:
    assert isinstance(dialog, PersonNameDialog)
    dialog.ok_button.click()


def review_text(window: SupporterWindow) -> str:
    return window.person_panel.review.browser.toPlainText()


def warnings() -> list[str]:
    return [text for _title, text in messages.shown]


# -- your key --------------------------------------------------------------------------
def test_key_fingerprint_copy_and_save_only_the_public_key(qtbot, store, public, tmp_path):
    window = make_window(qtbot, store)
    panel = window.key_panel
    # The age key and the public half of the key replies are signed with, on one line.
    signer = store.replies.signer()
    assert panel.key_edit.text() == f"{public} ed25519:{signer}" and panel.key_edit.isReadOnly()
    assert pairing_fingerprint(public, signer) in panel.fingerprint_label.text()
    assert panel.isVisible()

    QGuiApplication.clipboard().clear()
    panel.copy_button.click()
    assert parse_supporter_key(QGuiApplication.clipboard().text()) == SupporterKey(public, signer)

    target = tmp_path / "out" / "my-key.txt"
    files.next_paths.append(target)
    panel.save_button.click()
    text = target.read_text(encoding="utf-8")
    assert text == supporter_key_file_text(public, signer)
    assert parse_recipient(text) == public  # still an age recipients file
    assert parse_supporter_key(text) == SupporterKey(public, signer)
    secret = store.identity()[0]
    assert secret not in text and "AGE-SECRET-KEY" not in text.upper()
    assert store.replies.signing_key().hex() not in text

    files.next_paths.append(None)  # the supporter cancels: nothing written, no message
    assert panel.save_key_file() is None


def test_empty_state_explains_how_sharing_works(qtbot, store):
    window = make_window(qtbot, store)
    assert window.pages.currentWidget() is window.empty_label
    text = window.empty_label.text()
    assert "Sharing page" in text and "fingerprint" in text and "Ctrl+O" in text
    assert not window.delete_person_action.isEnabled()
    assert not window.delete_export_action.isEnabled()
    assert window.open_action.isEnabled()


# -- importing -------------------------------------------------------------------------
def test_a_new_person_then_their_next_file_joins_them(qtbot, store, public, sam, inbox):
    window = make_window(qtbot, store)
    first = sam.share(inbox, public, FIRST, made_days_ago=10)
    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonNameDialog)
        seen.append(dialog.name_edit.text())
        assert not dialog.warning.isVisible()
        dialog.ok_button.click()

    assert open_share(qtbot, window, first, answer=answer).outcome == "imported"
    assert seen == ["Sam"]  # prefilled with the name the person gave
    (person,) = store.people()
    assert person.name == "Sam" and person.export_count == 1
    assert window.current_person() is not None and window.current_person().id == person.id
    text = review_text(window)
    assert "Good (4/5)" in text and "Priya" in text and "Priya Shah" not in text  # first names
    review = window.person_panel.review
    assert "Thank you for Tuesday." in review.message.text()
    assert "first file" in review.comparison.text()
    assert "check-ins" in review.chart.accessibleDescription()

    second = sam.share(inbox, public, SECOND, made_days_ago=0)
    assert open_share(qtbot, window, second).outcome == "imported"  # no question asked
    assert "Added to Sam" in window.statusBar().currentMessage()
    (person,) = store.people()
    assert person.export_count == 2
    assert window.person_panel.exports.rowCount() == 2
    assert window.person_panel.current_row() == 0  # the new file, shown
    comparison = review.comparison.text()
    assert comparison.startswith(f"Since the last file ({period_text(*FIRST)})")
    assert "check-ins (last time 4)" in comparison and "average mood" in comparison

    window.person_panel.select_export_row(1)  # the older one: nothing before it
    assert "first file" in review.comparison.text()


def test_the_same_file_twice_adds_nothing(qtbot, store, public, sam, inbox):
    window = make_window(qtbot, store)
    path = sam.share(inbox, public)
    open_share(qtbot, window, path, answer=accept_as_is)
    before = store.exports_of(store.people()[0].id)
    messages.shown.clear()
    assert open_share(qtbot, window, path).outcome == "already"
    assert any("already imported" in text for text in warnings())
    assert store.exports_of(store.people()[0].id) == before


def test_a_file_for_another_supporter_is_refused(qtbot, store, sam, inbox):
    window = make_window(qtbot, store)
    path = sam.share(inbox, new_identity()[1])
    assert open_share(qtbot, window, path).outcome == "refused"
    assert any("not made for your key" in text for text in warnings())
    assert store.people() == []
    assert window.pages.currentWidget() is window.empty_label


def test_a_truncated_file_is_refused_as_damaged(qtbot, store, public, sam, inbox):
    window = make_window(qtbot, store)
    path = sam.share(inbox, public)
    path.write_bytes(path.read_bytes()[:-40])
    assert open_share(qtbot, window, path).outcome == "refused"
    assert any("damaged or incomplete" in text for text in warnings())
    assert store.people() == []


def test_a_huge_file_is_refused_before_reading(qtbot, store, inbox):
    window = make_window(qtbot, store)
    path = inbox / "huge.pjshare"
    with path.open("wb") as file:
        file.truncate(21 * 1024 * 1024)  # sparse: no real disk used
    assert open_share(qtbot, window, path).outcome == "refused"
    assert any("too large" in text for text in warnings())


def test_a_name_clash_warns_and_becomes_a_separate_person(qtbot, store, public, sam, inbox, tmp_path):
    window = make_window(qtbot, store)
    open_share(qtbot, window, sam.share(inbox, public), answer=accept_as_is)
    other = SharingJournal(tmp_path / "other" / "journal.pjvault", "Sam", friend="Kit Lee")
    try:
        clash_file = other.share(inbox, public)
    finally:
        other.close()

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonNameDialog)
        assert dialog.warning.isVisible()
        assert "signed by a different journal" in dialog.warning.text()
        assert "Add as a new person" in dialog.ok_button.text()
        assert dialog.name_edit.text() == "Sam (2)"
        dialog.name_edit.setText("sam")  # the same name: refused, never merged
        assert not dialog.ok_button.isEnabled() and "already have someone called Sam" in dialog.error.text()
        dialog.cancel_button.click()

    assert open_share(qtbot, window, clash_file, answer=cancel).outcome == "cancelled"
    assert len(store.people()) == 1 and store.people()[0].export_count == 1

    result = open_share(qtbot, window, clash_file, answer=accept_as_is)
    assert result.outcome == "imported"
    names = sorted(p.name for p in store.people())
    assert names == ["Sam", "Sam (2)"]
    assert {p.export_count for p in store.people()} == {1}
    assert "Kit" in review_text(window)


def test_a_passphrase_file_asks_for_its_passphrase(qtbot, store, sam, inbox):
    window = make_window(qtbot, store)
    doc = sam.document("passphrase", FIRST)
    path = inbox / "locked.pjshare"
    path.write_bytes(seal_with_passphrase(doc, sam.repo.signing_key(), "blue kettle morning"))

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, SharePassphraseDialog)
        dialog.passphrase.setText("blue kettle morning")
        dialog.ok_button.click()
        assert dialog.passphrase.text() == ""  # not kept in the field

    result = open_share(qtbot, window, path, answer=[answer, accept_as_is])
    assert result.outcome == "imported"
    assert isinstance(result.dialogs[1], PersonNameDialog)
    assert [p.name for p in store.people()] == ["Sam"]


# -- notes and deleting ----------------------------------------------------------------
def test_private_notes_are_saved_and_come_back(qtbot, store, public, sam, inbox):
    window = make_window(qtbot, store)
    open_share(qtbot, window, sam.share(inbox, public), answer=accept_as_is)
    panel = window.person_panel
    assert panel.isVisible()
    person_id = window.current_person().id
    with qtbot.waitActive(window):  # the name dialog had the focus
        window.activateWindow()
    panel.notes_edit.setFocus()
    assert panel.notes_edit.hasFocus()
    qtbot.keyClicks(panel.notes_edit, "Ask about the walking group")
    qtbot.waitUntil(lambda: store.note(person_id) == "Ask about the walking group", timeout=5_000)
    assert panel.notes_status.text() == "Notes saved."

    panel.notes_edit.appendPlainText("and the new job.")
    window.open_button.setFocus()  # leaving the field saves at once
    qtbot.waitUntil(lambda: "new job" in store.note(person_id), timeout=1_000)

    again = make_window(qtbot, store)
    again.show_person(person_id)
    assert again.person_panel.notes_edit.toPlainText() == store.note(person_id)


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


# -- models, menus, accessibility ------------------------------------------------------
def two_people(qtbot, store, public, sam, inbox, tmp_path) -> SupporterWindow:
    window = make_window(qtbot, store)
    open_share(qtbot, window, sam.share(inbox, public, FIRST, made_days_ago=10), answer=accept_as_is)
    open_share(qtbot, window, sam.share(inbox, public, SECOND))
    other = SharingJournal(tmp_path / "jo" / "journal.pjvault", "Jo")
    try:
        open_share(qtbot, window, other.share(inbox, public), answer=accept_as_is)
    finally:
        other.close()
    window.show_person(next(p.id for p in store.people() if p.name == "Sam"))
    return window


def test_models_pass_qt_model_tester(qtbot, qtmodeltester, store, public, sam, inbox, tmp_path):
    window = two_people(qtbot, store, public, sam, inbox, tmp_path)
    assert window.caseload.rowCount() == 2
    assert window.caseload.headerData(3, Qt.Orientation.Horizontal) == "Journal fingerprint"
    qtmodeltester.check(window.caseload)
    qtmodeltester.check(window.person_panel.exports)
    assert not window.grab().isNull()  # paints with two people and a review


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

    closed: list[bool] = []
    window.closeRequested.connect(lambda: closed.append(True))
    window.close_for_lock()
    assert closed == []
    other = make_window(qtbot, store)
    with qtbot.waitSignal(other.closeRequested):
        other.close()


# -- the chart and the comparison, in words ---------------------------------------------
def test_mood_chart_says_it_in_words_and_leaves_gaps(qtbot):
    start, end = date(2026, 6, 1), date(2026, 6, 14)
    moods = [{"at": f"2026-06-{d:02d}T12:00:00Z", "mood": m}
             for d, m in ((1, 2), (2, 3), (2, 5), (5, 4), (6, 3))]
    days = daily_moods(start, end, moods)
    assert days[date(2026, 6, 2)] == 4.0 and date(2026, 6, 3) not in days
    assert describe(start, end, moods) == (
        "5 check-ins on 4 of 14 days, average 3.4 (Okay). Lowest Low, highest Very good.")
    assert describe(start, end, []) == "No mood check-ins in this period."
    assert "not shared" in describe(start, end, None)
    # Drawn with the Insights page's own charts: a point per day, gaps where nothing was noted.
    doc = {"period": {"start": "2026-06-01", "end": "2026-06-14"},
           "content": {"moods": moods, "contacts": [
               {"at": "2026-06-02T12:00:00Z", "mode": "phone"},
               {"at": "2026-06-09T12:00:00Z", "mode": "phone"},
               {"at": "2026-06-10T12:00:00Z", "mode": "in_person"}]}}
    charts = ReviewCharts()
    qtbot.addWidget(charts)
    assert charts.show_document(doc)
    assert isinstance(charts.mood, MoodLineChart)
    values = dict(charts.mood.daily)
    assert len(values) == 14 and values[date(2026, 6, 3)] is None
    assert values[date(2026, 6, 2)] == 4.0
    assert "check-ins on 4 of 14 days" in charts.mood.accessibleDescription()
    assert charts.contacts.labels == ["1 Jun", "8 Jun"]
    assert [sum(week) for week in charts.contacts.values] == [1, 2]
    assert [charts.isTabVisible(i) for i in range(3)] == [True, True, False]  # no activities shared
    for dark in (False, True):  # paints in both palettes without trouble
        pal = QPalette(QApplication.palette())
        if dark:
            pal.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.black)
            pal.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.white)
        charts.setPalette(pal)
        charts.resize(420, 240)
        for index in range(2):
            charts.setCurrentIndex(index)
            assert not charts.grab().isNull()
    assert not charts.show_document({"period": doc["period"], "content": {"summary": {}}})


def test_since_last_is_plain_and_never_judges():
    def doc(start: str, end: str, check_ins: int, average: float | None, contacts: int) -> dict:
        return {"period": {"start": start, "end": end}, "content": {"summary": {
            "check_ins": check_ins, "average_mood": average, "contacts": contacts,
            "distinct_people": 2}}}

    now = doc("2026-06-08", "2026-06-14", 7, 3.6, 4)
    before = doc("2026-06-01", "2026-06-07", 5, 3.2, 3)
    text = since_last(now, before)
    assert text == ("Since the last file (1–7 Jun 2026): 7 check-ins (last time 5); average mood "
                    "3.6, Good (last time 3.2, Okay); 4 contacts (last time 3); "
                    "2 different people (last time 2).")
    for word in ("better", "worse", "improve", "declin", "good job"):
        assert word not in text.lower()
    longer = doc("2026-06-01", "2026-06-14", 9, None, 1)
    assert "covers 14 days, the last one 7" in since_last(longer, before)
    assert "first file" in since_last(now, None)
    assert figures({"period": {"start": "2026-06-01", "end": "2026-06-01"},
                    "content": {"moods": [{"mood": 2}, {"mood": 5}]}}).average_mood == 3.5
    assert mood_words(3.5) == "3.5 (Good)" and mood_words(1.0) == "1.0 (Very low)"
    assert period_text(date(2026, 5, 28), date(2026, 6, 3)) == "28 May – 3 Jun 2026"


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


def test_a_costly_passphrase_file_is_refused_before_asking(qtbot, store, inbox):
    window = make_window(qtbot, store)
    path = inbox / "costly.pjshare"
    path.write_bytes(b"age-encryption.org/v1\n-> scrypt " + b"A" * 22 + b" 22\n" + b"A" * 43
                     + b"\n--- " + b"A" * 43 + b"\n" + b"\0" * 64)
    result = open_share(qtbot, window, path)
    assert result.outcome == "refused" and result.dialogs == []
    assert any("unreasonable amount of work" in text for text in warnings())
