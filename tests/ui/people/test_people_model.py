"""The people and contact history models: last contact column and Qt's model tester."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from peerjournal.core.records import Contact
from peerjournal.core.vocabulary import Closeness
from tests.ui.people.helpers import YESTERDAY, add

from peerjournal.ui.people.people_model import PERSON_ID_ROLE, ContactHistoryModel, PeopleModel


def test_last_contact_column(page, journal):
    kim = add(journal, "Kim")
    add(journal, "Ola")
    journal.add_contact(Contact(at=YESTERDAY, person_ids=(kim.id,)))
    group = page.proxy.index(1, 0)  # middle circle
    assert [page.proxy.index(r, 2, group).data() for r in range(2)] == ["Yesterday", "—"]


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
