"""Network over time: save a snapshot, compare two dates, read the differences and the shape."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from peerjournal.core.connecting.network_history import (
    REASON_SAVED,
    Snapshot,
    SnapshotMember,
    describe_shape,
)
from peerjournal.core.records import Activity, Person
from peerjournal.core.vocabulary import Closeness, Relationship
from peerjournal.demo.seed import seed_demo
from tests.ui.helpers import unnamed_controls
from tests.ui.insights.shown_page import insights_page_on

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.insights.insights_page import NETWORK
from peerjournal.ui.insights.network_history import NOW, NetworkHistoryWidget
from peerjournal.ui.widgets import messages


def _show(qtbot, widget, events):
    widget._events = events  # keep the bridge alive as long as the widget
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def make(qtbot, journal):
    def build():
        events = JournalEvents(journal)
        return _show(qtbot, NetworkHistoryWidget(journal, events), events)
    return build


def _lines(widget):
    return [widget.differences.item(i).text() for i in range(widget.differences.count())]


def _choose(combo, snapshot_id):
    index = combo.findData(snapshot_id)
    assert index >= 0
    combo.setCurrentIndex(index)


def test_empty_journal_is_kind_and_named(make):
    widget = make()
    assert widget.snapshot_list.count() == 1  # the "no snapshots yet" line
    assert "No snapshots yet" in widget.snapshot_list.item(0).text()
    assert not widget.delete_button.isEnabled()
    assert widget.from_combo.currentData() == NOW and widget.to_combo.currentData() == NOW
    assert widget.later_shape.text() == "Nobody is on your map yet; people you add will appear here."
    assert "same date" in widget.summary.text()
    assert unnamed_controls(widget) == []


def test_save_a_snapshot_then_see_new_and_moved_against_now(make, journal, qtbot):
    mum = journal.add_person(Person(name="Mum", relationship=Relationship.FAMILY,
                                    closeness=Closeness.CLOSE))
    tom = journal.add_person(Person(name="Tom", relationship=Relationship.FRIEND, closeness=Closeness.MIDDLE))
    widget = make()

    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)

    (saved,) = journal.snapshots.snapshots()
    assert saved.people == 2 and saved.reason == REASON_SAVED
    assert widget.snapshot_list.count() == 1
    assert "saved by you, 2 people" in widget.snapshot_list.item(0).text()
    # With one snapshot: it against now.
    assert widget.from_combo.currentData() == saved.id
    assert widget.to_combo.currentData() == NOW

    journal.update_person(replace(tom, closeness=Closeness.CLOSE))
    ana = journal.add_person(Person(name="Ana", relationship=Relationship.PEER,
                                    closeness=Closeness.OUTER))
    lines = _lines(widget)
    assert "New: Ana (peer / group member, outer circle)" in lines
    assert "Moved closer: Tom, from the middle circle to the close circle" in lines
    assert widget.summary.text() == "1 new, 1 moved circle, 0 no longer on the map."
    assert widget.later_map.accessibleDescription().startswith("3 people: 2 in the close circle")
    assert set(widget.later_map.marked) == {tom.id, ana.id}  # Ana and Tom ringed
    assert mum.id not in widget.later_map.marked
    live = journal.snapshots.current()
    assert widget.later_shape.text() == describe_shape(live) == "A varied mix: family, friends and peers."
    # Counts: the close circle went from 1 to 2.
    assert widget.counts.verticalHeaderItem(0).text() == "In the close circle"
    assert [widget.counts.item(0, c).text() for c in range(3)] == ["1", "2", "+1"]
    assert unnamed_controls(widget) == []


def test_choose_two_stored_dates_with_the_keyboard(make, journal, qtbot):
    store = journal.snapshots
    now = journal.clock()
    old = store.save_snapshot(Snapshot(None, now - timedelta(days=200), REASON_SAVED, (
        SnapshotMember(None, "Bev", Relationship.PEER, Closeness.OUTER),
        SnapshotMember(None, "Dr Lee", Relationship.PROFESSIONAL, Closeness.MIDDLE),
    )))
    store.save_snapshot(Snapshot(None, now - timedelta(days=100), REASON_SAVED, (
        SnapshotMember(None, "Dr Lee", Relationship.PROFESSIONAL, Closeness.OUTER,
                       last_contact=now - timedelta(days=250)),
    )))
    widget = make()
    assert widget.from_combo.currentIndex() == widget.from_combo.findData(old.id)
    # Pick "now" on the right with the keyboard: Alt+W is the "with:" label's mnemonic.
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    QTest.keyClick(widget, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert widget.to_combo.hasFocus()
    QTest.keyClick(widget.to_combo, Qt.Key.Key_Home)
    assert widget.to_combo.currentData() == NOW
    assert widget.later_shape.text() == describe_shape(store.current())
    _choose(widget.to_combo, store.snapshots()[0].id)
    lines = _lines(widget)
    assert lines == [
        "Moved further out: Dr Lee, from the middle circle to the outer circle",
        "No longer on the map: Bev (peer / group member, outer circle)",
        "Not in touch for 150 days: Dr Lee",
    ]
    assert widget.earlier_shape.text() == ("A mix of peers and professionals; "
                                           "nobody in the close circle yet.")
    assert widget.later_shape.text() == ("One person so far (professionals); "
                                         "nobody in the close circle yet.")


def test_delete_a_snapshot_asks_first(make, journal, qtbot):
    store = journal.snapshots
    store.take_snapshot()
    widget = make()
    widget.snapshot_list.setCurrentRow(0)
    assert widget.delete_button.isEnabled()
    messages.next_answers.append(False)
    qtbot.mouseClick(widget.delete_button, Qt.MouseButton.LeftButton)
    assert len(store.snapshots()) == 1
    assert "people and entries stay as they are" in messages.shown[-1][1]
    qtbot.mouseClick(widget.delete_button, Qt.MouseButton.LeftButton)  # default answer: yes
    assert store.snapshots() == []
    assert "No snapshots yet" in widget.snapshot_list.item(0).text()


def test_opens_on_demo_data_with_differences_to_read(make, journal):
    seed_demo(journal)
    widget = make()
    assert widget.snapshot_list.count() >= 2
    assert widget.from_combo.currentData() != NOW and widget.to_combo.currentData() != NOW
    assert widget.differences.count() >= 1
    assert widget.earlier_map.dots and widget.later_map.dots
    assert widget.earlier_shape.text() and widget.later_shape.text()
    # The demo's oldest against its middle one has new people and people who moved circle.
    infos = journal.snapshots.snapshots()
    _choose(widget.from_combo, infos[-1].id)
    _choose(widget.to_combo, infos[-2].id)
    lines = _lines(widget)
    assert any(line.startswith("New: Bev") for line in lines)
    assert any(line.startswith("Moved closer: Marcus") for line in lines)
    assert unnamed_controls(widget) == []
    widget.grab().save("/tmp/network_history.png")


def test_maps_are_read_only(make, journal):
    journal.add_person(Person(name="Tom", closeness=Closeness.MIDDLE))
    journal.snapshots.take_snapshot()
    widget = make()
    view = widget.earlier_map
    moved = []
    view.closenessChanged.connect(lambda *args: moved.append(args))
    (dot,) = view.dots.values()
    assert not view.editable
    assert not dot.flags() & dot.GraphicsItemFlag.ItemIsMovable
    where = dot.pos()
    start = view.mapFromScene(dot.scenePos())
    end = view.mapFromScene(QPointF(0, 0))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        QTest.mouseMove(view.viewport(), start + (end - start) * step / 5)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert dot.pos() == where and moved == []
    assert journal.people()[0].closeness is Closeness.MIDDLE
    # Keys that move someone on the live map do nothing here either.
    view.keys.choose(dot.node.person_id)
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert moved == [] and not view.keys.closer_action.isEnabled()


def test_insights_network_tab_saves_a_snapshot(qtbot, journal):
    journal.add_person(Person(name="Priya", closeness=Closeness.CLOSE))
    page = insights_page_on(qtbot, journal, size=(1000, 900))
    page.tabs.setCurrentIndex(NETWORK)
    QTest.qWait(10)
    assert unnamed_controls(page) == []
    qtbot.mouseClick(page.snapshot_button, Qt.MouseButton.LeftButton)
    (saved,) = journal.snapshots.snapshots()
    assert saved.people == 1
    assert page.snapshot_status.text().startswith("Saved a snapshot of 1 person on ")


@pytest.mark.parametrize("relationships", [
    (), (Relationship.FAMILY,), (Relationship.FAMILY, Relationship.PARTNER),
    (Relationship.PROFESSIONAL,) * 3 + (Relationship.FRIEND, Relationship.FAMILY),
    (Relationship.FRIEND, Relationship.FAMILY), (Relationship.NEIGHBOUR, Relationship.COLLEAGUE),
    (Relationship.PEER, Relationship.FRIEND, Relationship.OTHER, Relationship.FAMILY),
])
def test_translated_shape_line_matches_the_core_wording(qapp, relationships):
    from peerjournal.core.clock import utc_now

    from peerjournal.ui.insights.network_history_text import describe

    members = tuple(SnapshotMember(i, f"P{i}", rel, Closeness.MIDDLE if i else Closeness.CLOSE)
                    for i, rel in enumerate(relationships))
    snapshot = Snapshot(None, utc_now(), REASON_SAVED, members)
    assert describe(snapshot) == describe_shape(snapshot)


def test_time_together_counts_as_being_in_touch_now(make, journal):
    """A walk with Tom is time in touch (issue 16): he leaves "not in touch" at once."""
    store = journal.snapshots
    tom = journal.add_person(Person(name="Tom"))
    first = store.take_snapshot()
    widget = make()
    _choose(widget.from_combo, first.id)
    _choose(widget.to_combo, NOW)
    assert _lines(widget) == ["Not in touch yet: Tom"]
    journal.add_activity(Activity(at=journal.clock() - timedelta(days=1), category="Outdoors",
                                  title="Walk", person_ids=(tom.id,)))
    assert _lines(widget) == ["Nothing to list."]


def test_chosen_dates_stay_when_people_change_and_now_follows(make, journal):
    store = journal.snapshots
    journal.add_person(Person(name="Tom"))
    first = store.take_snapshot()
    store.take_snapshot()
    widget = make()
    _choose(widget.from_combo, first.id)
    _choose(widget.to_combo, NOW)
    assert _lines(widget) == ["Not in touch yet: Tom"]
    journal.add_person(Person(name="Ana", relationship=Relationship.FRIEND, closeness=Closeness.CLOSE))
    assert (widget.from_combo.currentData(), widget.to_combo.currentData()) == (first.id, NOW)
    assert _lines(widget) == ["New: Ana (friend, close circle)", "Not in touch yet: Tom"]
    _choose(widget.to_combo, first.id)
    assert _lines(widget) == ["Nothing to list."]
