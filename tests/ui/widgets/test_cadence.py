"""The stay-in-touch cadence choice: the offered spans, a stored unusual span kept, and names for a screen reader."""

from __future__ import annotations

from peerjournal.ui.widgets.cadence import CADENCES, cadence_combo, set_cadence_choice


def _choices(combo) -> list[tuple[str, object]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_offers_each_span_and_chooses_the_stored_one(qtbot):
    combo = cadence_combo(14, "Sam")
    qtbot.addWidget(combo)
    assert _choices(combo) == [
        ("Not set", None), ("Every few days", 3), ("Every week", 7), ("Every 2 weeks", 14),
        ("Every month", 30), ("Every 3 months", 91)]
    assert combo.currentData() == 14 and combo.currentText() == "Every 2 weeks"
    assert len(CADENCES) == combo.count()


def test_not_set_is_the_first_choice(qtbot):
    combo = cadence_combo(None, "Sam")
    qtbot.addWidget(combo)
    assert combo.currentIndex() == 0 and combo.currentData() is None


def test_an_unusual_stored_span_is_kept_as_its_own_choice(qtbot):
    combo = cadence_combo(10, "Sam")
    qtbot.addWidget(combo)
    assert combo.count() == len(CADENCES) + 1
    assert (combo.currentText(), combo.currentData()) == ("Every 10 days", 10)
    set_cadence_choice(combo, 10)  # choosing it again adds no second copy
    assert combo.count() == len(CADENCES) + 1
    set_cadence_choice(combo, 7)
    assert combo.currentText() == "Every week"


def test_names_say_who_and_what_it_does(qtbot):
    named = cadence_combo(None, "Sam")
    plain = cadence_combo(None, "")
    for combo in (named, plain):
        qtbot.addWidget(combo)
        assert combo.objectName() == "cadenceCombo"
        assert combo.view().accessibleName() == "Choices for how often"
        assert combo.accessibleDescription().startswith("A gentle prompt comes")
    assert named.accessibleName() == "How often to stay in touch with Sam"
    assert plain.accessibleName() == "How often to stay in touch"
