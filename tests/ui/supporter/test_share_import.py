"""Opening .pjshare files in supporter mode: new people, repeats, refusals, passphrases."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from peerjournal.core.sharing.keys import new_identity
from peerjournal.core.sharing.package import seal_with_passphrase
from tests.ui.supporter.helpers import (
    FIRST,
    SECOND,
    accept_as_is,
    make_window,
    open_share,
    review_text,
    scrypt_file,
    share_from_another_sam,
    warnings,
)

from peerjournal.ui.supporter.share_compare import period_text
from peerjournal.ui.supporter.supporter_dialogs import PersonNameDialog, SharePassphraseDialog
from peerjournal.ui.widgets import messages


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
    assert "Good" in text and "4/5" not in text  # the person's words, not a score
    assert "Priya" in text and "Priya Shah" not in text  # first names
    review = window.person_panel.review
    assert "Thank you for Tuesday." in review.message.text()
    assert "first file" in review.comparison.text()
    assert "check-ins" in review.chart.accessibleDescription()  # the Insights chart's own words
    assert "in their words" in review.chart_caption.text()

    second = sam.share(inbox, public, SECOND, made_days_ago=0)
    assert open_share(qtbot, window, second).outcome == "imported"  # no question asked
    assert "Added to Sam" in window.statusBar().currentMessage()
    (person,) = store.people()
    assert person.export_count == 2
    assert window.person_panel.exports.rowCount() == 2
    assert window.person_panel.current_row() == 0  # the new file, shown
    comparison = review.comparison.text()
    assert comparison.startswith(f"Since the last file ({period_text(*FIRST)})")
    assert "mood words:" in comparison and "last time:" in comparison
    assert "check-in" not in comparison  # what was shared, never how often the app was used

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
    clash_file = share_from_another_sam(tmp_path, inbox, public)

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


def test_a_costly_passphrase_file_is_refused_before_asking(qtbot, store, inbox):
    window = make_window(qtbot, store)
    path = scrypt_file(inbox / "costly.pjshare", 23)
    result = open_share(qtbot, window, path)
    assert result.outcome == "refused" and result.dialogs == []
    assert any("unreasonable amount of work" in text for text in warnings())


def test_a_22_file_without_the_memory_free_is_refused_before_asking(qtbot, store, inbox, monkeypatch):
    from peerjournal.core.sharing import package

    monkeypatch.setattr(package, "available_memory", lambda: 2 * 2**30)  # 4 GiB needed at 22
    window = make_window(qtbot, store)
    path = scrypt_file(inbox / "fast-computer.pjshare", 22)
    result = open_share(qtbot, window, path)
    assert result.outcome == "refused" and result.dialogs == []
    assert any("about 4 GB of free memory" in text for text in warnings())
