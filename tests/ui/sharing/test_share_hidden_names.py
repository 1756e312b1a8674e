"""Property tests: over generated journals and every combination of choices, the bytes a
supporter decrypts hold no name the preview does not show, and under "No names" no person's
known name at all.

Names are drawn from a small pool (with titles, nicknames, names that are also words such as
"Will" and "May", and two people sharing a surname) and written into every kind of free text
in any case and as possessives. The preview is the person's own preview: the document's HTML
as the dialog shows it, read back as plain text.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from peerjournal.core.connecting.goals import Goal, Happened, Review
from peerjournal.core.connecting.network_history import Snapshot, SnapshotMember
from peerjournal.core.connecting.resources import CheckResults, Domain, ItemResult, Reply
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.sharing.document import build_document, new_export_id, pseudonym_label
from peerjournal.core.sharing.keys import new_identity, new_signing_key, signer_public
from peerjournal.core.sharing.naming import first_name, is_title, name_words
from peerjournal.core.sharing.options import JournalSnapshot, Naming, Section, ShareOptions
from peerjournal.core.sharing.package import open_share, seal
from peerjournal.core.sharing.sections import GoalShare
from peerjournal.core.support_plan import Service, SupportPlan
from peerjournal.core.vocabulary import Closeness, Relationship

from peerjournal.ui.sharing.share_view import document_html

START, END = date(2026, 6, 1), date(2026, 6, 14)
CREATED = datetime(2026, 6, 15, 9, tzinfo=UTC)
SIGNING = new_signing_key()
SECRET, PUBLIC = new_identity()
SLOW_CI = settings(max_examples=40, deadline=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

NAMES = ("Sam Jones", "Mary Ann Jones", "Dr Amaka Okafor", "Mrs Patel", "Will", "May Brennan",
         "Robert (Bobby) Kowalczyk", "Priya", "Siobhan O'Neill", "Zed Archer", "Chloe (bookshop)")
FILLER = ("lunch", "with", "walked", "rang", "the", "park", "tea", "felt", "better", "after",
          "talking", "to", "and", "a", "long", "chat", "group", "at", "library", "bookshop")


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 6, day, hour, tzinfo=UTC)


def mentions(name: str) -> st.SearchStrategy[str]:
    """Ways free text names someone: whole name, one word of it, any case, possessive."""
    words = [w for w in name_words(name) if not is_title(w)]
    return st.tuples(st.sampled_from([name, *words]), st.sampled_from(["", "'s"]),
                     st.sampled_from([str, str.lower, str.upper])).map(lambda t: t[2](t[0]) + t[1])


@st.composite
def free_text(draw: st.DrawFn, people: list[Person]) -> str:
    parts = draw(st.lists(st.sampled_from(FILLER), min_size=1, max_size=5))
    for _ in range(draw(st.integers(0, 2))):
        person = draw(st.sampled_from(people))
        parts.insert(draw(st.integers(0, len(parts))), draw(mentions(person.name)))
    return " ".join(parts)


@st.composite
def journals(draw: st.DrawFn) -> tuple[list[Person], dict]:
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True))
    people = [Person(id=i + 1, name=n, relationship=Relationship.FRIEND,
                     closeness=draw(st.sampled_from(list(Closeness))),
                     archived=draw(st.booleans()), notes=draw(free_text([Person(name=n)])))
              for i, n in enumerate(names)]
    ids = [p.id for p in people]
    text = free_text(people)
    some = st.lists(st.sampled_from(ids), max_size=2, unique=True).map(tuple)
    days = st.integers(1, 14)
    records = {
        "moods": tuple(MoodCheckIn(id=100 + i, at=at(draw(days)), mood=3, note=draw(text),
                                   feelings=(draw(text),)) for i in range(draw(st.integers(0, 3)))),
        "contacts": tuple(Contact(id=200 + i, at=at(draw(days)), person_ids=draw(some) or (ids[0],),
                                  note=draw(text)) for i in range(draw(st.integers(0, 3)))),
        "activities": tuple(Activity(id=300 + i, at=at(draw(days)), category=draw(text),
                                     title=draw(text), person_ids=draw(some), note=draw(text))
                            for i in range(draw(st.integers(0, 3)))),
        "support_plan": SupportPlan(keep_well=(draw(text),), what_helps=(draw(text),),
                                    contacts=draw(some),
                                    services=(Service(draw(text), draw(text), draw(text), draw(text)),)),
        "resource_check": CheckResults(at(5), (ItemResult(1, Domain.EMOTIONAL, draw(text), Reply.YES,
                                                          draw(some)),), ()),
        "goals": (GoalShare(Goal(title=draw(text), review_on=END, created=at(2), why=draw(text),
                                 first_step=draw(text), obstacles=(draw(text),),
                                 helper_person_id=draw(st.sampled_from([None, *ids])), id=1),
                            (Review(1, date(2026, 6, 9), Happened.PARTLY, draw(text), draw(text)),)),),
        "network_snapshots": (Snapshot(1, at(7), draw(text), tuple(
            SnapshotMember(p.id, p.name, p.relationship, p.closeness) for p in people)),),
    }
    return people, records


def labels(people: list[Person], naming: Naming) -> dict[int, str]:
    if naming is Naming.PSEUDONYM:
        return {p.id: pseudonym_label(i) for i, p in enumerate(people)}  # type: ignore[misc]
    if naming is Naming.FIRST:
        return {p.id: first_name(p.name) for p in people}  # type: ignore[misc]
    return {p.id: p.name for p in people}  # type: ignore[misc]


choices = st.fixed_dictionaries({
    "sections": st.sets(st.sampled_from(list(Section)), min_size=1).map(frozenset),
    "include_notes": st.booleans(),
    "naming": st.sampled_from(list(Naming)),
    "whole_network": st.booleans(),
})


def _shared(journal: tuple[list[Person], dict], chosen: dict) -> tuple[bytes, str, list[Person]]:
    """The decrypted envelope of the sealed share, and the preview's plain text."""
    people, records = journal
    snap = JournalSnapshot(people=tuple(people), labels=labels(people, chosen["naming"]), **records)
    message = " ".join(p.name for p in people[:2]) + " says hello"
    options = ShareOptions(start=START, end=END, message=message, sender_name="Alex", **chosen)
    doc = build_document(snap, options, recipient=PUBLIC, signer=signer_public(SIGNING),
                         export_id=new_export_id(), created=CREATED)
    opened = open_share(seal(doc, SIGNING, PUBLIC), identity=SECRET, expected_recipient=PUBLIC)
    page = QTextDocument()
    page.setHtml(document_html(opened.document))
    return opened.envelope, page.toPlainText(), people


def _found(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def _where(word: str, text: str) -> str:
    """The words around the first place ``word`` stands, for a readable failure."""
    found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)
    return f"{word!r} in …{text[max(0, found.start() - 60):found.end() + 60]}…" if found else word


def _name_words(people: list[Person]) -> set[str]:
    return {w for p in people for w in name_words(p.name) if not is_title(w) and len(w) > 1}


@SLOW_CI
@given(journal=journals(), chosen=choices)
def test_the_file_holds_no_name_the_preview_does_not_show(qapp, journal, chosen):
    envelope, preview, people = _shared(journal, chosen)
    text = envelope.decode("utf-8")
    for word in _name_words(people):
        if _found(word, text):
            assert _found(word, preview), _where(word, text)


@SLOW_CI
@given(journal=journals(), chosen=choices)
def test_no_names_means_none_of_anyones_names_anywhere(qapp, journal, chosen):
    chosen = {**chosen, "naming": Naming.PSEUDONYM}
    envelope, preview, people = _shared(journal, chosen)
    text = envelope.decode("utf-8")
    for word in _name_words(people):
        assert not _found(word, text), _where(word, text)
        assert not _found(word, preview), _where(word, preview)
