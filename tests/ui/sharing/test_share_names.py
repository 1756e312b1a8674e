"""The share dialog's choices share the least by default, and names stay hidden in the preview
and the file alike: figures and the whole network only when ticked, names in free text replaced."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.sharing.keys import new_identity
from peerjournal.core.sharing.options import Naming, Section
from peerjournal.core.sharing.package import open_share
from tests.ui.sharing.helpers import sharing_page, toggle

from peerjournal.ui.widgets import files


def fill(journal):
    now = datetime.now(UTC)
    sam = journal.add_person(Person(name="Sam Jones"))
    journal.add_person(Person(name="Bob Named-Nowhere"))
    journal.add_mood(MoodCheckIn(at=now - timedelta(days=1), mood=4, note="Tea with sam jones"))
    journal.add_contact(Contact(at=now - timedelta(days=2), person_ids=(sam.id,), mode="phone"))
    journal.add_activity(Activity(at=now - timedelta(days=3), category="Outdoors",
                                  title="Lunch with Sam Jones"))
    return sam


SECRET, PUBLIC = new_identity()


def share_dialog(qtbot, journal):  # type: ignore[no-untyped-def]
    page = sharing_page(qtbot, journal)
    page.name_edit.setText("Dev")
    page.key_edit.setText(PUBLIC)
    page.add_button.click()
    return page.open_share_dialog()


def test_by_default_no_figures_and_only_the_people_named(qtbot, journal):
    fill(journal)
    dialog = share_dialog(qtbot, journal)
    assert not dialog.section_checks[Section.SUMMARY].isChecked()
    assert not dialog.whole_network.isChecked() and dialog.whole_network.isEnabled()
    dialog.preview()
    preview = dialog.preview_text.toPlainText()
    assert "Sam" in preview and "Bob" not in preview  # Bob is named nowhere: he stays out
    assert "summary" not in dialog.document["content"]
    assert [p["label"] for p in dialog.document["content"]["people"]] == ["Sam"]


def test_my_whole_network_when_ticked(qtbot, journal):
    fill(journal)
    dialog = share_dialog(qtbot, journal)
    toggle(qtbot, dialog.whole_network)
    assert dialog.options().whole_network
    dialog.preview()
    assert {p["label"] for p in dialog.document["content"]["people"]} == {"Sam", "Bob"}
    toggle(qtbot, dialog.section_checks[Section.PEOPLE])
    assert not dialog.whole_network.isEnabled()  # it belongs to People and network


def test_no_names_hides_names_in_free_text_in_the_preview_and_the_file(qtbot, journal, tmp_path):
    fill(journal)
    dialog = share_dialog(qtbot, journal)
    dialog.naming.setCurrentIndex(dialog.naming.findData(Naming.PSEUDONYM))
    dialog.notes.setChecked(True)
    dialog.preview()
    preview = dialog.preview_text.toPlainText()
    assert "Lunch with Person A" in preview and "Tea with Person A" in preview
    assert "Sam" not in preview and "Jones" not in preview
    out = tmp_path / "share.pjshare"
    files.next_paths.append(out)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.save_button.click()
    opened = open_share(out.read_bytes(), identity=SECRET, expected_recipient=PUBLIC)
    assert opened.document == dialog.document
    raw = opened.envelope.decode()
    assert "Sam" not in raw and "Jones" not in raw and "sam jones" not in raw


def test_words_that_might_be_names_are_marked_in_the_preview(qtbot, journal):
    fill(journal)
    journal.add_mood(MoodCheckIn(at=datetime.now(UTC) - timedelta(hours=5), mood=3,
                                 note="Coffee with Tariq, call 07700 900123"))
    dialog = share_dialog(qtbot, journal)
    dialog.notes.setChecked(True)
    dialog.preview()
    assert dialog.names_warning.isVisible()
    warning = dialog.names_warning.text()
    assert warning.startswith("These words might be names or contact details. Check them before you save:")
    assert "Tariq" in warning and "07700 900123" in warning and "Sam" not in warning
    assert 'background-color:#ffe08a">Tariq</span>' in dialog.preview_text.toHtml().replace(
        "background-color:#ffe08a;", "background-color:#ffe08a")
    assert "Tariq" in str(dialog.document) and "span" not in str(dialog.document)  # the file is unchanged

    dialog.pages.setCurrentIndex(0)
    dialog.notes.setChecked(False)
    dialog.preview()
    assert not dialog.names_warning.isVisible()
