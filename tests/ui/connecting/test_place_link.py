"""Where an activity happened: changing its place is one undoable step."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QDialogButtonBox, QLabel

from peerjournal.core.connecting.places import Place
from tests.ui.helpers import make_window


def test_editing_where_an_activity_was_can_be_undone(qtbot, journal):
    from peerjournal.core.records import Activity

    store = journal.places
    park = store.add_place(Place(name="Park"))
    pool = store.add_place(Place(name="Pool"))
    walk = journal.add_activity(Activity(at=journal.clock() - timedelta(hours=1),
                                         category="Outdoors", title="Walk"))
    store.link_activity(walk.id, park.id)
    window = make_window(qtbot, journal)
    row = next(r for r in journal.timeline() if r.id == walk.id)
    entry = window.edit_entry(row)
    assert entry.where.place_id() == park.id
    entry.where.combo.setCurrentIndex(entry.where.combo.findData(pool.id))
    entry.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert store.place_of_activity(walk.id) == pool.id
    window.undo_action.trigger()
    assert store.place_of_activity(walk.id) == park.id


def test_when_the_forms_rows_and_where_line_up_in_one_column(qtbot, journal):
    journal.places.add_place(Place(name="Park"))
    window = make_window(qtbot, journal)
    entry = window.log_activity()
    qtbot.waitExposed(entry)

    def left(widget) -> int:
        return widget.mapTo(entry, widget.rect().topLeft()).x()

    fields = [entry.when, entry.form.title, entry.form.category, entry.where.combo]
    assert len({left(field) for field in fields}) == 1, [left(f) for f in fields]
    labels = [next(lab for lab in entry.findChildren(QLabel) if lab.buddy() is f) for f in fields]
    assert len({left(label) for label in labels}) == 1
    assert labels[-1].text() == "Whe&re" and labels[0].buddy() is entry.when
    entry.reject()
