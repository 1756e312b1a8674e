"""A share's connecting sections from a real journal: only the chosen ones are read, the
latest check in the period, snapshots in the period, and every person they name labelled."""

from __future__ import annotations

from datetime import timedelta

from peerjournal.core.connecting.resources import Answer, Reply
from peerjournal.core.records import Person
from peerjournal.core.sharing.document import build_document, new_export_id
from peerjournal.core.sharing.keys import new_identity
from peerjournal.core.sharing.options import CONNECTING_SECTIONS, Naming, Section, ShareOptions
from peerjournal.core.sharing.validate import validate_document
from peerjournal.core.support_plan import SupportPlan
from tests.storage.conftest import NOW, TODAY, ago

RECIPIENT = new_identity()[1]


def setup(journal):
    sam = journal.add_person(Person(name="Sam Smith"))
    archie = journal.add_person(Person(name="Archie Old"))
    journal.update_person(Person(id=archie.id, name="Archie Old", archived=True))
    journal.plan.save(SupportPlan(keep_well=("Walks",), contacts=(archie.id,)))
    resources = journal.resources
    first, second = resources.items()[:2]
    resources.save_check([Answer(first.id, first.domain, first.text, Reply.NO)], taken=ago(days=30))
    newest = resources.save_check(
        [Answer(first.id, first.domain, first.text, Reply.YES, (archie.id,)),
         Answer(second.id, second.domain, second.text, Reply.NOT_SURE)], taken=ago(days=2))
    journal.goals.new_goal("Call my brother", helper_person_id=sam.id)
    journal.snapshots.take_snapshot()
    return sam, archie, newest


def options(**kw) -> ShareOptions:
    return ShareOptions(**{"start": TODAY - timedelta(days=6), "end": TODAY,
                           "sections": CONNECTING_SECTIONS, "naming": Naming.PSEUDONYM, **kw})


def test_the_chosen_sections_are_read_and_everyone_named_gets_a_label(journal):
    sam, archie, newest = setup(journal)
    repo = journal.sharing
    snap = repo.snapshot(options(), RECIPIENT)
    assert snap.support_plan is not None and snap.support_plan.contacts == (archie.id,)
    assert snap.resource_check is not None and snap.resource_check.taken == newest.taken
    assert [g.goal.title for g in snap.goals] == ["Call my brother"]
    (network,) = snap.network_snapshots
    assert [m.name for m in network.members] == ["Sam Smith"]  # Archie is archived
    assert archie.id in {p.id for p in snap.people} and set(snap.labels) == {sam.id, archie.id}

    doc = validate_document(build_document(
        snap, options(), recipient=RECIPIENT, signer=repo.signer(), export_id=new_export_id(),
        created=NOW))
    text = str(doc["content"])
    assert "Sam" not in text and "Archie" not in text  # pseudonyms everywhere
    assert doc["content"]["support_plan"]["contacts"] == [snap.labels[archie.id]]
    assert doc["content"]["goals"][0]["helper"] == snap.labels[sam.id]
    assert [i["people"] for i in doc["content"]["resource_check"]["items"]][0] == [snap.labels[archie.id]]


def test_sections_not_chosen_are_not_read(journal):
    setup(journal)
    snap = journal.sharing.snapshot(options(sections=frozenset({Section.MOODS})), RECIPIENT)
    assert (snap.support_plan, snap.resource_check, snap.goals, snap.network_snapshots) == (
        None, None, (), ())
    # Everyone is handed over (archived too), so their names can be hidden in free text;
    # the document lists only those the shared content names.
    assert {p.id for p in snap.people} == {p.id for p in journal.people(include_archived=True)}


def test_a_check_and_snapshots_outside_the_period_stay_out(journal):
    setup(journal)
    period = options(start=TODAY - timedelta(days=60), end=TODAY - timedelta(days=20))
    snap = journal.sharing.snapshot(period, RECIPIENT)
    assert snap.resource_check is not None and snap.resource_check.taken == ago(days=30)
    assert snap.network_snapshots == ()
    period = options(start=TODAY - timedelta(days=90), end=TODAY - timedelta(days=60))
    assert journal.sharing.snapshot(period, RECIPIENT).resource_check is None
