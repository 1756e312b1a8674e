"""The people and contact history models: the "last in touch" column and Qt's model tester."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt

from peerjournal.core.records import Activity, Contact
from peerjournal.core.vocabulary import Closeness
from tests.ui.people.helpers import YESTERDAY, add

from peerjournal.ui.people.people_model import PERSON_ID_ROLE, ContactHistoryModel, PeopleModel


def test_last_contact_column(page, journal):
    kim = add(journal, "Kim")
    add(journal, "Ola")
    journal.add_contact(Contact(at=YESTERDAY, person_ids=(kim.id,)))
    group = page.proxy.index(1, 0)  # middle circle
    assert [page.proxy.index(r, 2, group).data() for r in range(2)] == ["Yesterday", "—"]


def test_time_together_in_an_activity_is_the_last_time_in_touch(page, journal):
    """An activity someone was part of counts as being in touch, like a contact (issue 16)."""
    kim, ola, ren = add(journal, "Kim"), add(journal, "Ola"), add(journal, "Ren")
    journal.add_contact(Contact(at=YESTERDAY - timedelta(days=9), person_ids=(kim.id,)))
    journal.add_activity(Activity(at=YESTERDAY, category="Outdoors", title="Walk", person_ids=(kim.id, ola.id)))
    journal.add_activity(Activity(at=YESTERDAY, category="Home", title="Reading"))  # alone
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Last in touch"
    group = page.proxy.index(1, 0)  # middle circle: Kim, Ola, Ren
    assert [page.proxy.index(r, 2, group).data() for r in range(3)] == ["Yesterday", "Yesterday", "—"]
    nobody = page.proxy.index(2, 2, group)
    assert nobody.data(Qt.ItemDataRole.AccessibleTextRole) == "Not in touch yet"
    assert page.model.last_in_touch(kim.id) == page.model.last_in_touch(ola.id)
    assert page.model.last_in_touch(ren.id) is None


# -- models and accessibility -----------------------------------------------
def test_models_pass_qt_model_tester(qtmodeltester, journal):
    kim = add(journal, "Kim", closeness=Closeness.CLOSE)
    add(journal, "Old friend", archived=True)
    journal.add_contact(Contact(at=YESTERDAY, person_ids=(kim.id,), felt=3, note="Tea"))
    people = PeopleModel(journal)
    qtmodeltester.check(people)
    people.set_show_archived(True)
    qtmodeltester.check(people)
    assert people.index(0, 0, QModelIndex()).flags() & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag.NoItemFlags
    assert people.index(0, 0, people.index(0, 0)).data(PERSON_ID_ROLE) == kim.id
    history = ContactHistoryModel(journal)
    history.show_person(kim.id)
    qtmodeltester.check(history)
    history.show_person(None)
    qtmodeltester.check(history)


def test_contact_notes_show_people_named_in_them_by_name(journal):
    from peerjournal.core.mentions import mention_token

    kim, ola = add(journal, "Kim"), add(journal, "Ola [work]")
    journal.add_contact(Contact(at=YESTERDAY, person_ids=(kim.id,),
                                note=f"Tea, and {mention_token(ola.name, ola.id)} came\nlater"))
    history = ContactHistoryModel(journal)
    history.show_person(kim.id)
    assert history.index(0, 4).data() == "Tea, and Ola [work] came …"
    assert history.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "Tea, and Ola [work] came\nlater"
