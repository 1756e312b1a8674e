"""Nothing chosen for the person: an activity's kind starts as "Not set" and stays so unless
they choose one; the Timeline and a share file read it that way."""

from __future__ import annotations

from tests.ui.helpers import make_window


def test_an_activity_saved_without_choosing_a_kind_has_none(qtbot, journal):
    window = make_window(qtbot, journal)
    form = window.today.activity_form
    assert form.category.currentText() == "Kind not set" and form.category.currentIndex() == 0
    form.title.setText("Walk to the shop")
    window.today.save()
    (row,) = journal.timeline()
    assert journal.get_activity(row.id).category == ""
    assert row.summary == "Walk to the shop"  # the Timeline says no kind rather than a wrong one
    assert form.category.currentIndex() == 0  # cleared back to "not set", not to a kind


def test_a_chosen_kind_is_kept_and_comes_back_when_editing(qtbot, journal):
    window = make_window(qtbot, journal)
    form = window.today.activity_form
    form.category.setCurrentIndex(2)
    chosen = form.category.currentText()
    form.title.setText("Art group")
    window.today.save()
    (row,) = journal.timeline()
    assert journal.get_activity(row.id).category == chosen
    dialog = window.edit_entry(row)
    assert dialog.form.category.currentText() == chosen
    dialog.reject()
