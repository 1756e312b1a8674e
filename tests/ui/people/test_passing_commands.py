"""More people changes on the undo stack: a move on the network map, someone added during the
resource check, and a vCard import; each done, undone with Ctrl+Z and redone with Ctrl+Shift+Z."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from peerjournal.core.connecting.resources import Answer, Reply
from peerjournal.core.records import Contact, Person
from peerjournal.core.support_plan import SupportPlan
from peerjournal.core.vocabulary import Closeness, Relationship
from tests.ui.helpers import make_window
from tests.ui.people.helpers import names_in_tree, redo, settled, undo

from peerjournal.ui.app.main_window import PAGES, MainWindow
from peerjournal.ui.insights.insights_page import NETWORK
from peerjournal.ui.insights.network_view import RADII
from peerjournal.ui.widgets import files, messages

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
VCARDS = Path(__file__).resolve().parents[2] / "fixtures" / "vcards"
MOVE = "help me move house"


def closeness_on_map(window: MainWindow, person_id: int) -> Closeness:
    return window.insights.network.dots[person_id].node.closeness


def chosen_on_map(window: MainWindow) -> str | None:
    dot = window.insights.network.keys.chosen()
    return dot.node.name if dot is not None else None


def network_window(qtbot, journal) -> MainWindow:
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("Insights"))
    window.insights.tabs.setCurrentIndex(NETWORK)
    view = window.insights.network
    qtbot.waitUntil(lambda: len(view.dots) == len(journal.people()))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return window


# -- the network map --------------------------------------------------------------------
def test_a_move_by_keyboard_is_one_step_that_undo_and_redo_show_on_the_map(qtbot, journal):
    ama = journal.add_person(Person(name="Ama", closeness=Closeness.MIDDLE))
    ben = journal.add_person(Person(name="Ben", closeness=Closeness.OUTER))
    window = network_window(qtbot, journal)
    view = window.insights.network
    qtbot.keyClick(view, Qt.Key.Key_Right)  # Ama, the first in the middle circle
    assert chosen_on_map(window) == "Ama"
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert journal.get_person(ama.id).closeness is Closeness.CLOSE
    qtbot.waitUntil(lambda: closeness_on_map(window, ama.id) is Closeness.CLOSE)
    assert window.undo_action.text() == "&Undo Move Ama to the close circle"
    assert window.undo_stack.count() == 1

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)  # pressed on the map itself
    assert journal.get_person(ama.id) == ama
    qtbot.waitUntil(lambda: closeness_on_map(window, ama.id) is Closeness.MIDDLE)
    assert chosen_on_map(window) == "Ama"  # still chosen, so the keys go on from there
    assert "1 in the middle circle" in view.accessibleDescription()
    assert window.redo_action.text() == "&Redo Move Ama to the close circle"

    redo(qtbot, window)
    assert journal.get_person(ama.id).closeness is Closeness.CLOSE
    qtbot.waitUntil(lambda: closeness_on_map(window, ama.id) is Closeness.CLOSE)
    assert journal.get_person(ben.id) == ben  # nobody else moved


def test_a_drag_is_undone_and_only_the_circle_goes_back(qtbot, journal):
    kim = journal.add_person(Person(name="Kim", closeness=Closeness.CLOSE, notes="neighbour"))
    window = network_window(qtbot, journal)
    view = window.insights.network
    start = view.mapFromScene(view.dots[kim.id].scenePos())
    end = view.mapFromScene(QPointF(0, RADII[Closeness.OUTER]))
    QTest.mousePress(view.viewport(), LEFT, pos=start)
    for step in range(1, 11):
        QTest.mouseMove(view.viewport(), start + (end - start) * step / 10)
    QTest.mouseRelease(view.viewport(), LEFT, pos=end)
    qtbot.waitUntil(lambda: journal.get_person(kim.id).closeness is Closeness.OUTER)
    assert window.undo_action.text() == "&Undo Move Kim to the outer circle"
    # Renamed elsewhere meanwhile: the undo puts back the circle and keeps the new name.
    journal.update_person(Person(id=kim.id, name="Kim L", closeness=Closeness.OUTER, notes="neighbour"))

    undo(qtbot, window)
    assert journal.get_person(kim.id) == Person(id=kim.id, name="Kim L", closeness=Closeness.CLOSE,
                                                notes="neighbour")
    qtbot.waitUntil(lambda: closeness_on_map(window, kim.id) is Closeness.CLOSE)
    redo(qtbot, window)
    assert journal.get_person(kim.id).closeness is Closeness.OUTER


def test_undoing_a_move_of_someone_deleted_since_is_explained(qtbot, journal):
    sam = journal.add_person(Person(name="Sam", closeness=Closeness.OUTER))
    window = network_window(qtbot, journal)
    view = window.insights.network
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert journal.get_person(sam.id).closeness is Closeness.MIDDLE
    journal.delete_person(sam.id)  # off the stack
    undo(qtbot, window)
    title, text = messages.shown[-1]
    assert title == "Couldn't undo this" and text == "That person is no longer in the journal."
    assert window.undo_stack.count() == 0


# -- the resource check ------------------------------------------------------------------
def open_check(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    window.go_to(PAGES.index("Connecting"))
    widget = window.connecting.resources
    qtbot.mouseClick(widget.take_button, LEFT)
    dialog = widget.check_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def add_someone(qtbot, dialog, name: str, relationship: Relationship):  # type: ignore[no-untyped-def]
    box = next(b for b in dialog.boxes if b.item.text == MOVE)
    qtbot.mouseClick(box.radios[Reply.YES], LEFT)
    qtbot.mouseClick(box.add_button, LEFT)
    adding = dialog.add_person_dialog
    qtbot.keyClicks(adding.name_edit, name)
    adding.relationship_combo.setCurrentIndex(adding.relationship_combo.findData(relationship))
    qtbot.mouseClick(adding.save_button, LEFT)
    assert not adding.isVisible()
    return box


def test_someone_added_in_a_check_left_unsaved_can_be_undone_and_redone(qtbot, journal):
    window = make_window(qtbot, journal)
    dialog = open_check(qtbot, window)
    add_someone(qtbot, dialog, "Uncle Ray", Relationship.FAMILY)
    (ray,) = journal.people()
    assert ray.relationship is Relationship.FAMILY
    messages.next_answers.append(True)  # leave the check and lose the answers
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert not dialog.isVisible() and journal.resources.checks() == []
    assert window.undo_action.text() == "&Undo Add Uncle Ray"

    undo(qtbot, window)
    assert journal.people() == []
    assert names_in_tree(window) == []
    redo(qtbot, window)
    assert journal.people() == [ray]  # same id, same relationship
    assert names_in_tree(window) == ["Uncle Ray"]


def test_someone_named_in_a_saved_check_stays_and_the_undo_says_why(qtbot, journal):
    window = make_window(qtbot, journal)
    dialog = open_check(qtbot, window)
    box = add_someone(qtbot, dialog, "Uncle Ray", Relationship.FAMILY)
    (ray,) = journal.people()
    assert box.people.selected() == (ray.id,)
    lift = next(b for b in dialog.boxes if b.item.text == "give me a lift somewhere")
    qtbot.mouseClick(lift.radios[Reply.YES], LEFT)
    lift.people.field.setFocus()
    qtbot.keyClicks(lift.people.field, "Dee")  # a new name typed: added in passing too
    qtbot.keyClick(lift.people.field, Qt.Key.Key_Return)
    dee = next(p for p in journal.people() if p.name == "Dee")
    assert window.undo_stack.count() == 2 and window.undo_stack.text(1) == "Add Dee"
    qtbot.mouseClick(dialog.save_button, LEFT)
    check = journal.resources.latest()
    assert check is not None

    undo(qtbot, window)  # Dee: named in the check, so refused
    title, text = messages.shown[-1]
    assert title == "Couldn't undo this"
    assert text.startswith("Dee is already named in a saved “Do I know someone who could…?” check")
    assert journal.get_person(dee.id) == dee
    assert journal.resources.get(check.id) == check  # the check is untouched
    assert window.undo_stack.count() == 1 and window.undo_action.text() == "&Undo Add Uncle Ray"
    undo(qtbot, window)  # Uncle Ray too
    assert messages.shown[-1][1].startswith("Uncle Ray is already named in")
    assert journal.get_person(ray.id) == ray
    assert window.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert sorted(names_in_tree(window)) == ["Dee", "Uncle Ray"]


def test_a_resource_check_alone_keeps_its_own_stack(qtbot, journal):
    from peerjournal.ui.app.events import JournalEvents
    from peerjournal.ui.connecting.resource_check_tab import ResourceCheckWidget

    widget = ResourceCheckWidget(journal, JournalEvents(journal))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.mouseClick(widget.take_button, LEFT)
    dialog = widget.check_dialog
    assert dialog.undo_stack is widget.undo_stack
    add_someone(qtbot, dialog, "Lou", Relationship.FRIEND)
    assert widget.undo_stack.count() == 1 and widget.undo_stack.text(0) == "Add Lou"


# -- vCard import ----------------------------------------------------------------------
def import_file(qtbot, window: MainWindow, fixture: str):  # type: ignore[no-untyped-def]
    dialog = window.import_vcard()
    files.next_paths.append(VCARDS / fixture)
    qtbot.mouseClick(dialog.choose_button, LEFT)
    qtbot.waitUntil(lambda: dialog.reading is not None, timeout=10_000)
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, LEFT)
    assert not dialog.isVisible()
    with qtbot.waitActive(window):  # the window manager's part, once the dialog is gone
        window.activateWindow()
    return dialog


IMPORTED = ["Jürgen Müller", "Sam Jones", "Zoë Ødegård"]


def test_an_import_is_one_step_undone_and_redone_whole(qtbot, import_journal):
    before = import_journal.add_person(Person(name="Ana"))
    window = make_window(qtbot, import_journal)
    import_file(qtbot, window, "android_21.vcf")
    assert "Ctrl+Z" in messages.shown[-1][1]
    added = [p for p in import_journal.people() if p.id != before.id]
    assert sorted(p.name for p in added) == IMPORTED
    assert window.undo_action.text() == "&Undo Import 3 people"
    qtbot.waitUntil(lambda: sorted(names_in_tree(window)) == ["Ana", *IMPORTED])

    undo(qtbot, window)
    settled(qtbot, window)
    assert import_journal.people() == [before]  # exactly the people it added, nobody else
    assert names_in_tree(window) == ["Ana"]
    assert window.redo_action.text() == "&Redo Import 3 people"

    redo(qtbot, window)
    settled(qtbot, window)
    assert sorted(import_journal.people(), key=lambda p: p.id) == sorted([before, *added], key=lambda p: p.id)
    assert sorted(names_in_tree(window)) == ["Ana", *IMPORTED]


def test_people_named_since_the_import_stay_and_the_rest_go(qtbot, import_journal):
    window = make_window(qtbot, import_journal)
    import_file(qtbot, window, "android_21.vcf")
    people = {p.name: p for p in import_journal.people()}
    sam, zoe = people["Sam Jones"], people["Zoë Ødegård"]
    import_journal.add_contact(Contact(at=import_journal.clock(), person_ids=(sam.id,)))  # noted since, off the stack
    import_journal.plan.save(SupportPlan(contacts=(zoe.id,)))

    undo(qtbot, window)
    settled(qtbot, window)
    assert [p.name for p in import_journal.people()] == ["Sam Jones", "Zoë Ødegård"]
    title, text = messages.shown[-1]
    assert title == "Some people stay"
    assert "Took 1 person from the import out of your people again." in text
    assert "Sam Jones is already named in contacts you noted" in text
    assert "Zoë Ødegård is already named in your support plan" in text
    assert import_journal.plan.load().contacts == (zoe.id,)
    assert window.redo_action.text() == "&Redo Import 1 person"  # the step is about Jürgen now

    redo(qtbot, window)
    settled(qtbot, window)
    assert sorted(p.name for p in import_journal.people()) == IMPORTED
    assert import_journal.get_person(people["Jürgen Müller"].id) == people["Jürgen Müller"]
    undo(qtbot, window)  # and out again, with no message: nothing names him
    settled(qtbot, window)
    assert sorted(p.name for p in import_journal.people()) == ["Sam Jones", "Zoë Ødegård"]
    assert [m[0] for m in messages.shown].count("Some people stay") == 1  # nothing new to say


def test_when_everyone_imported_is_named_the_undo_is_refused_and_leaves_the_stack(qtbot, import_journal):
    window = make_window(qtbot, import_journal)
    import_file(qtbot, window, "android_21.vcf")
    store = import_journal.resources
    item = store.items()[0]
    ids = tuple(p.id for p in import_journal.people())
    store.save_check([Answer(item.id, item.domain, item.text, Reply.YES, ids)])
    bundles = [import_journal.person_bundles.capture(i) for i in ids]

    undo(qtbot, window)
    settled(qtbot, window)
    title, text = messages.shown[-1]
    assert title == "Couldn't undo this" and "they all stay in your people" in text
    assert [import_journal.person_bundles.capture(i) for i in ids] == bundles
    assert window.undo_stack.count() == 0


# -- nothing chosen for the person (issue 15) ---------------------------------------------
def test_someone_added_in_passing_has_no_relationship_or_circle(qtbot, journal):
    window = make_window(qtbot, journal)
    person_id = window.create_person("Kit")  # a name typed on Today that the journal didn't know
    assert person_id is not None
    kit = journal.get_person(person_id)
    assert (kit.relationship, kit.closeness) == (None, None)  # not Friend / Middle circle
    row = journal.vault.conn.execute("SELECT relationship, closeness FROM people WHERE id = ?",
                                     (person_id,)).fetchone()
    assert tuple(row) == ("", "")


def test_someone_added_in_a_check_keeps_relationship_unset_unless_chosen(qtbot, journal):
    window = make_window(qtbot, journal)
    dialog = open_check(qtbot, window)
    box = next(b for b in dialog.boxes if b.item.text == MOVE)
    qtbot.mouseClick(box.radios[Reply.YES], LEFT)
    qtbot.mouseClick(box.add_button, LEFT)
    adding = dialog.add_person_dialog
    assert adding.relationship_combo.currentData() is None  # nothing pre-chosen
    qtbot.keyClicks(adding.name_edit, "Ray")
    qtbot.mouseClick(adding.save_button, LEFT)
    (ray,) = journal.people()
    assert (ray.relationship, ray.closeness) == (None, None)


def test_an_unplaced_person_dragged_into_a_circle_is_placed_and_undo_unplaces_them(qtbot, journal):
    kit = journal.add_person(Person(name="Kit", relationship=None, closeness=None))
    window = network_window(qtbot, journal)
    view = window.insights.network
    assert closeness_on_map(window, kit.id) is None
    start = view.mapFromScene(view.dots[kit.id].scenePos())
    end = view.mapFromScene(QPointF(0, -RADII[Closeness.MIDDLE]))
    QTest.mousePress(view.viewport(), LEFT, pos=start)
    for step in range(1, 11):
        QTest.mouseMove(view.viewport(), start + (end - start) * step / 10)
    QTest.mouseRelease(view.viewport(), LEFT, pos=end)
    qtbot.waitUntil(lambda: journal.get_person(kit.id).closeness is Closeness.MIDDLE)
    assert window.undo_action.text() == "&Undo Move Kit to the middle circle"
    undo(qtbot, window)
    assert journal.get_person(kit.id).closeness is None  # back to not placed, never a guess
    qtbot.waitUntil(lambda: closeness_on_map(window, kit.id) is None)


def test_import_counts_are_plural_forms_lupdate_reads(qapp):
    """"Import 3 people" and "Took 3 people … out" are Qt plural (numerus) messages in both
    translation files, so each language says 1 and many its own way."""
    from pathlib import Path
    from xml.etree import ElementTree

    from peerjournal import i18n as core_i18n

    from peerjournal.ui.app import translations as i18n
    from peerjournal.ui.people.passing_commands import Undo, import_label

    folder = Path(__file__).resolve().parents[3] / "resources" / "translations"
    for language in ("de", "en"):
        messages = {m.findtext("source"): m for m in ElementTree.parse(folder / f"peerjournal_{language}.ts").iter("message")}
        for source in ("Import %n person(s)", "Took %n person(s) from the import out of your people again."):
            message = messages[source]
            forms = [f.text for f in message.iter("numerusform")]
            assert message.get("numerus") == "yes" and len(forms) == 2 and all(forms), (language, source)
    assert import_label(1) == "Import 1 person" and import_label(2) == "Import 2 people"
    try:
        i18n.install_translators("de")
        assert import_label(1) == "1 Person importieren" and import_label(4) == "4 Personen importieren"
        assert Undo().taken_out(1).startswith("1 Person aus dem Import wurde")
        assert Undo().taken_out(3).startswith("3 Personen aus dem Import wurden")
    finally:
        i18n.install_translators("en")
        core_i18n.set_translator(None)
