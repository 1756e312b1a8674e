"""A field's linked label (its buddy) and its own accessible name say the same, so a screen
reader, which says the label before the name, says it once ("Note" + "Note about the
contact" became "Note text" in Orca; "How long" + "How long, in minutes")."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from peerjournal.demo.seed import seed_demo
from tests.ui.helpers import make_window
from tests.ui.test_accessibility import each_view

from peerjournal.ui.widgets.accessible import name_combo, tie_label
from peerjournal.ui.widgets.make import label


def doubled(root: QWidget) -> list[str]:
    """Fields whose linked label (a QLabel buddy) says something else than their careful name."""
    found = []
    for widget in root.findChildren(QWidget):
        name = widget.accessibleName()
        face = QAccessible.queryAccessibleInterface(widget)
        if not name or face is None:
            continue
        for linked, _ in face.relations(QAccessible.Relation.Label):
            if linked.role() != QAccessible.Role.StaticText:
                continue  # a group box's title, said once on entering the group
            said = linked.text(QAccessible.Text.Name)
            if said != name:
                found.append(f"{widget.objectName() or type(widget).__name__}: {said!r} + {name!r}")
    return found


def test_a_tied_label_says_the_fields_name(qtbot):
    spin = QSpinBox()
    spin.setAccessibleName("How long, in minutes")
    linked = QLabel("How lon&g")
    form = QWidget()
    qtbot.addWidget(form)
    spin.setParent(form)
    linked.setParent(form)
    linked.setBuddy(spin)
    assert doubled(form) == ["QSpinBox: 'How long' + 'How long, in minutes'"]  # what Qt does alone
    tie_label(linked, spin)
    assert doubled(form) == [] and linked.buddy() is spin
    made = label("&Again", buddy=spin)
    assert made.accessibleName() == "How long, in minutes" and made.buddy() is spin


def test_no_field_on_any_page_is_named_twice(qtbot, journal):
    seed_demo(journal)
    window = make_window(qtbot, journal)
    problems = {f"{view}: {problem}" for view, page in each_view(window) for problem in doubled(page)}
    assert sorted(problems) == [], "\n".join(sorted(problems))


def unlabelled_combos(root: QWidget) -> list[str]:
    """Combo boxes no label is linked to: over AT-SPI they are named by their value only."""
    found = []
    for combo in root.findChildren(QComboBox):
        face = QAccessible.queryAccessibleInterface(combo)
        labels = [linked.text(QAccessible.Text.Name) for linked, _ in face.relations(QAccessible.Relation.Label)
                  if linked.role() == QAccessible.Role.StaticText]
        if not any(labels) and combo.isVisibleTo(root):
            found.append(f"{combo.objectName()}: {combo.accessibleName()!r}")
    return found


def test_a_named_combo_box_says_its_name_through_a_linked_label(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    kinds = QComboBox()
    kinds.addItem("All entries")
    assert QAccessible.queryAccessibleInterface(kinds).text(QAccessible.Text.Name) == "All entries"
    name_combo(kinds, "Show entries of kind")
    kinds.setParent(parent)  # put in its place after naming, as layouts do
    assert unlabelled_combos(parent) == [] and doubled(parent) == []
    kinds.deleteLater()
    qtbot.waitUntil(lambda: not parent.findChildren(QLabel), timeout=10_000)


def test_every_combo_box_on_every_page_has_a_linked_label(qtbot, journal):
    seed_demo(journal)
    window = make_window(qtbot, journal)
    problems = {f"{view}: {problem}" for view, page in each_view(window) for problem in unlabelled_combos(page)}
    assert sorted(problems) == [], "\n".join(sorted(problems))
