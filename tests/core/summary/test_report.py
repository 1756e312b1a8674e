"""The printable summary's model: chosen sections only, empty periods, notes, how people appear."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

import pytest

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.sharing.options import BASIC_SECTIONS, DEFAULT_SECTIONS, Naming, Section
from peerjournal.core.summary.report import (
    SUPPORT_PLAN,
    BarChartSpec,
    Bullets,
    Heading,
    MoodChartSpec,
    NoteItem,
    Paragraph,
    SummaryData,
    SummaryOptions,
    Table,
    build_report,
    person_labels,
)
from peerjournal.core.vocabulary import Closeness, ContactMode, HelpKind, Relationship
from peerjournal.errors import ValidationError

START, END = date(2026, 6, 1), date(2026, 6, 28)
MADE = date(2026, 7, 1)


def at(day: int, hour: int = 12, month: int = 6) -> datetime:
    """Local noon (or ``hour``) on a June day, as an aware time: the same local day in any zone."""
    return datetime(2026, month, day, hour).astimezone()


SAM = Person(name="Sam Jones", id=1, relationship=Relationship.FRIEND, closeness=Closeness.CLOSE,
             help_kinds=frozenset({HelpKind.EMOTIONAL, HelpKind.CRISIS}), notes="met at group")
ANA = Person(name="Ana Ruiz", id=2, relationship=Relationship.FAMILY)
OLD = Person(name="Old Friend", id=3, archived=True)


def journal_data() -> SummaryData:
    moods = [MoodCheckIn(at=at(d), mood=4 if d % 2 else 2, feelings=("calm",) if d % 2 else ("tired",),
                         note="a quiet walk by the canal" if d == 3 else "", id=d)
             for d in range(1, 21)]
    moods.append(MoodCheckIn(at=at(5, month=5), mood=1, note="outside the period", id=99))
    contacts = [Contact(at=at(d), person_ids=(1,), mode=ContactMode.IN_PERSON, id=d,
                        note="coffee and a long talk" if d == 3 else "") for d in range(1, 21, 2)]
    contacts.append(Contact(at=at(4), person_ids=(2,), mode=ContactMode.PHONE, id=50))
    activities = [Activity(at=at(d), category="Group / club", title="Art group", person_ids=(1,),
                           felt=4, note="painted the hills" if d == 5 else "", id=d)
                  for d in (1, 5, 9)]
    return SummaryData(tuple(moods), tuple(contacts), tuple(activities), (SAM, ANA, OLD))


def report_for(**changes):  # type: ignore[no-untyped-def]
    data = changes.pop("data", None) or journal_data()
    options = SummaryOptions(START, END, **changes)
    return build_report(options, data, made=MADE)


def test_only_the_chosen_sections_are_in_the_report_in_a_fixed_order():
    report = report_for(sections=frozenset({Section.PEOPLE, Section.MOODS}))
    assert [s.key for s in report.sections] == ["moods", "people"]
    assert [s.heading for s in report.sections] == ["Mood check-ins", "People and network"]
    text = report.plain_text()
    for absent in ("Summary figures", "Contacts each week", "Activities each week",
                   "Who you were in touch with", "What you did", "What went with better days"):
        assert absent not in text
    assert "In this summary: Mood check-ins, People and network." in report.about
    assert [c.key for c in report.charts] == ["mood"]

    assert [s.key for s in report_for().sections] == ["moods", "contacts", "activities",
                                                      "people"]  # no figures unless ticked
    everything = report_for(sections=BASIC_SECTIONS)
    assert [s.key for s in everything.sections] == ["summary", "moods", "contacts", "activities",
                                                    "people"]
    assert [c.key for c in everything.charts] == ["mood", "contacts", "activities"]


def test_figures_count_only_the_period():
    report = report_for(sections=frozenset({Section.SUMMARY, Section.MOODS}))
    figures = dict(next(b for b in report.sections[0].blocks if isinstance(b, Table)).rows)
    assert figures["Days in the period"] == "28"
    assert figures["Check-ins"] == "20"  # the May check-in is left out
    assert figures["Days with a check-in"] == "20"
    assert figures["Contacts"] == "11"
    assert figures["Different people you were in touch with"] == "2"
    assert figures["Average mood"] == "3.0 (Okay)"
    chart = report.charts[0]
    assert isinstance(chart, MoodChartSpec)
    assert len(chart.daily) == 28 and chart.daily[0][0] == START and chart.daily[-1][0] == END
    assert chart.daily[25][1] is None  # a day without a check-in is a gap, never zero
    assert "outside the period" not in report.plain_text()


def test_four_weeks_are_counted_by_week_and_a_year_by_month():
    contacts = next(s for s in report_for().sections if s.key == "contacts")
    bars = next(b for b in contacts.blocks if isinstance(b, BarChartSpec))
    assert bars.labels == ("1 Jun 2026", "8 Jun 2026", "15 Jun 2026", "22 Jun 2026")
    assert sum(map(sum, bars.values)) == 11
    assert bars.series[0] == "In person"

    year = build_report(SummaryOptions(date(2025, 7, 1), date(2026, 6, 30),
                                       sections=frozenset({Section.CONTACTS})),
                        journal_data(), made=MADE)
    bars = year.charts[0]
    assert isinstance(bars, BarChartSpec)
    assert len(bars.labels) == 12 and bars.labels[0] == "Jul 2025" and bars.labels[-1] == "Jun 2026"
    assert bars.values[-1][0] == 10 and bars.values[-1][1] == 1  # June: 10 in person, 1 phone
    assert sum(map(sum, bars.values[:-1])) == 0


def test_an_empty_period_says_so_kindly_and_draws_no_charts():
    report = build_report(SummaryOptions(date(2026, 1, 1), date(2026, 1, 31), sections=BASIC_SECTIONS),
                          journal_data(), made=MADE)
    assert report.charts == ()
    by_key = {s.key: s for s in report.sections}
    assert by_key["moods"].blocks == (Paragraph("No mood check-ins in this period."),)
    assert by_key["contacts"].blocks == (Paragraph("No contacts noted in this period."),)
    assert by_key["activities"].blocks == (Paragraph("No activities noted in this period."),)
    figures = dict(next(b for b in by_key["summary"].blocks if isinstance(b, Table)).rows)
    assert figures["Check-ins"] == "0" and figures["Average mood"] == "—"
    assert "Patterns show here once" in report.plain_text()
    for word in ("streak", "score:", "failed", "missed"):
        assert word not in report.plain_text().lower()


def test_notes_only_when_chosen():
    notes = ("a quiet walk by the canal", "coffee and a long talk", "painted the hills",
             "met at group")
    without = report_for().plain_text()
    for note in notes:
        assert note not in without
    assert "Your notes are not included." in without

    report = report_for(include_notes=True)
    text = report.plain_text()
    for note in notes:
        assert note in text
    moods = next(s for s in report.sections if s.key == "moods")
    (item,) = [b for b in moods.blocks if isinstance(b, NoteItem)]
    assert item.text == "a quiet walk by the canal" and item.about == "Check-in: Good"
    assert item.when.startswith("Wed 3 Jun 2026")


def test_people_appear_as_chosen():
    assert person_labels((ANA, SAM, OLD), Naming.PSEUDONYM) == {
        1: "Person A", 2: "Person B", 3: "Person C"}
    assert person_labels((SAM,), Naming.FIRST) == {1: "Sam"}

    text = report_for(naming=Naming.PSEUDONYM, include_notes=True, sections=BASIC_SECTIONS,
                      people_patterns=True).plain_text()
    assert "Sam" not in text and "Ana" not in text and "Jones" not in text
    assert "Person A" in text and "Person B" in text
    assert "On days you were in touch with Person A" in text

    first = report_for(naming=Naming.FIRST).plain_text()
    assert "Sam" in first and "Sam Jones" not in first
    assert "Sam Jones" in report_for(naming=Naming.FULL).plain_text()


def test_people_section_lists_the_network_and_gentle_ideas():
    report = report_for(sections=frozenset({Section.PEOPLE}))
    (people,) = report.sections
    table = people.blocks[0]
    assert isinstance(table, Table)
    assert [row[0] for row in table.rows] == ["Sam", "Ana"]  # close circle first; archived left out
    assert table.rows[0][3] == "Emotional support, Help in a crisis"
    # Time in touch comes from contacts and activities, so only when those are chosen too.
    assert "Days in touch" not in table.headers
    headings = [b.text for b in people.blocks if isinstance(b, Heading)]
    assert headings == ["Who can help with what", "Where nobody is down yet"]
    ideas = next(b for b in people.blocks if isinstance(b, Bullets))
    assert any("Nobody is down yet for practical help" in i for i in ideas.items)

    with_contacts = report_for(sections=frozenset({Section.PEOPLE, Section.CONTACTS}))
    people = with_contacts.sections[-1]
    table = people.blocks[0]
    assert isinstance(table, Table) and table.headers[4] == "Days in touch"
    assert [row[4] for row in table.rows] == ["10", "1"]
    assert [b.text for b in people.blocks if isinstance(b, Heading)][-1] == "Keeping in touch"
    signals = people.blocks[-1]
    assert isinstance(signals, Bullets)
    assert signals.items[0] == ("At the end of this period it had been 9 days since you last "
                                "saw someone in person.")


def _in_touch_table(report) -> Table:
    contacts = next(s for s in report.sections if s.key == "contacts")
    at_heading = next(i for i, b in enumerate(contacts.blocks)
                      if isinstance(b, Heading) and b.text == "Who you were in touch with")
    table = contacts.blocks[at_heading + 1]
    assert isinstance(table, Table)
    return table


def test_who_you_were_in_touch_with_counts_time_together():
    """A walk with Ana after her phone call is her last time in touch, and Kim, seen only on
    a walk, was in touch too (issue 16): when activities are part of the summary."""
    kim = Person(name="Kim Lee", id=4)
    base = journal_data()
    walks = (Activity(at=at(22), category="Outdoors", title="Walk", person_ids=(2, 4), id=60),)
    data = replace(base, activities=base.activities + walks, people=(*base.people, kim))
    figures_too = DEFAULT_SECTIONS | {Section.SUMMARY}  # the figures are ticked here
    both = build_report(SummaryOptions(START, END, sections=figures_too), data, made=MADE)
    table = _in_touch_table(both)
    assert table.headers == ("Person", "Contacts", "In person", "Last in touch")
    assert table.rows == (("Sam", "10", "10", "Fri 19 Jun 2026"),
                          ("Ana", "1", "0", "Mon 22 Jun 2026"),
                          ("Kim", "0", "0", "Mon 22 Jun 2026"))
    figures = dict(next(b for b in both.sections[0].blocks if isinstance(b, Table)).rows)
    assert figures["Different people you were in touch with"] == "3"
    people = next(s for s in both.sections if s.key == "people").blocks[0]
    assert isinstance(people, Table)
    assert {row[0]: row[4] for row in people.rows}["Kim"] == "1"  # days in touch

    # Activities left out of the summary: nothing from them shows, not even a date.
    contacts_only = build_report(SummaryOptions(START, END, sections=frozenset({Section.CONTACTS})),
                                 data, made=MADE)
    assert _in_touch_table(contacts_only).rows == (("Sam", "10", "10", "Fri 19 Jun 2026"),
                                                   ("Ana", "1", "0", "Thu 4 Jun 2026"))


def test_sentences_go_through_tr():
    report = build_report(SummaryOptions(START, END, sections=BASIC_SECTIONS), journal_data(),
                          made=MADE, tr=lambda text: f"«{text}»")
    assert report.title == "«PeerJournal summary»"
    assert report.sections[0].heading == "«Summary figures»"
    assert report.page_label(2, 5) == "«Page 2 of 5»"
    assert "«Made on 1 July 2026»" in report.about


@dataclass(frozen=True)
class Service:
    name: str
    what: str
    how_to_contact: str
    notes: str = ""


@dataclass(frozen=True)
class Plan:
    keep_well: tuple[str, ...] = ()
    early_signs: tuple[str, ...] = ()
    what_helps: tuple[str, ...] = ()
    contacts: tuple[int, ...] = ()
    services: tuple[Service, ...] = ()


def test_support_plan_section_when_chosen():
    plan = Plan(keep_well=("Walking every morning",), early_signs=("Not sleeping",),
                contacts=(2, 1, 42),
                services=(Service("Crisis team", "Help at night", "0800 000 000", "ask for Jo"),))
    data = SummaryData(people=(SAM, ANA), support_plan=plan)
    report = build_report(SummaryOptions(START, END, sections=frozenset({Section.SUPPORT_PLAN}),
                                         naming=Naming.PSEUDONYM), data, made=MADE)
    (section,) = report.sections
    assert section.key == SUPPORT_PLAN and section.heading == "My support plan"
    text = report.plain_text()
    assert "Walking every morning" in text and "Not sleeping" in text
    assert "What helps" not in text  # an empty part is left out
    callers = [b for b in section.blocks if isinstance(b, Bullets)][-1]
    assert callers.items == ("Person B (Family)", "Person A (Friend)")  # unknown id 42 left out
    assert "0800 000 000" in text and "ask for Jo" not in text
    assert "ask for Jo" in build_report(
        SummaryOptions(START, END, sections=frozenset({Section.SUPPORT_PLAN}), include_notes=True),
        data, made=MADE).plain_text()
    not_chosen = build_report(SummaryOptions(START, END), data, made=MADE)
    assert SUPPORT_PLAN not in [s.key for s in not_chosen.sections]
    # Chosen with no plan written: the section says so plainly.
    (empty,) = build_report(SummaryOptions(START, END, sections=frozenset({Section.SUPPORT_PLAN})),
                            SummaryData(people=(SAM,)), made=MADE).sections
    assert empty.blocks == (Paragraph("You haven't written a support plan yet."),)


def test_choices_are_checked():
    today = date(2026, 6, 30)
    with pytest.raises(ValidationError, match="before its start"):
        SummaryOptions(END, START).validate(today)
    with pytest.raises(ValidationError, match="future"):
        SummaryOptions(START, date(2026, 7, 2)).validate(today)
    with pytest.raises(ValidationError, match="at least one"):
        SummaryOptions(START, END, sections=frozenset()).validate(today)
    assert SummaryOptions(START, END, sections=frozenset({Section.SUPPORT_PLAN})).validate(today)


def test_figures_and_statements_about_named_people_only_when_ticked():
    assert SummaryOptions(START, END).people_patterns is False
    assert "summary" not in [s.key for s in report_for().sections]  # figures unticked by default
    figures = report_for(naming=Naming.FULL, sections=BASIC_SECTIONS).plain_text()
    assert "What went with better days" in figures
    assert "On days you were in touch with" not in figures
    assert "Patterns about the people you named are left out." in figures or "On days" in figures
    named = report_for(naming=Naming.FULL, sections=BASIC_SECTIONS, people_patterns=True).plain_text()
    assert "On days you were in touch with Sam Jones" in named


def test_no_names_and_first_names_hold_in_the_persons_own_words():
    data = journal_data()
    data = SummaryData(
        (*data.moods, MoodCheckIn(at=at(21), mood=3, note="Rang sam jones, then Ana's mum", id=77)),
        data.contacts,
        (*data.activities, Activity(at=at(22), category="Other", title="Lunch with Sam Jones",
                                    note="fun", id=78)),
        data.people)
    hidden = build_report(SummaryOptions(START, END, include_notes=True, naming=Naming.PSEUDONYM),
                          data, made=MADE).plain_text()
    assert "Rang Person A, then Person B's mum" in hidden and "Lunch with Person A" in hidden
    for name in ("Sam", "Jones", "Ana", "Ruiz"):
        assert not re.search(rf"\b{name}\b", hidden, re.IGNORECASE), name  # "canal" is fine
    first = build_report(SummaryOptions(START, END, include_notes=True, naming=Naming.FIRST),
                         data, made=MADE).plain_text()
    assert "Lunch with Sam" in first and "Jones" not in first and "Ruiz" not in first


@pytest.mark.parametrize(("naming", "shown"), [
    (Naming.FULL, "Tea with Sam Jones and Kit Gone"),
    (Naming.FIRST, "Tea with Sam and someone"),
    (Naming.PSEUDONYM, "Tea with Person A and someone"),
])
def test_people_named_in_notes_show_as_chosen(naming: Naming, shown: str):
    from peerjournal.core.mentions import mention_token

    data = journal_data()
    note = f"Tea with {mention_token('Sam Jones', 1)} and {mention_token('Kit Gone', 9)}"  # Kit: deleted
    data = replace(data, moods=(*data.moods, MoodCheckIn(at=at(21), mood=3, note=note, id=77)))
    text = build_report(SummaryOptions(START, END, include_notes=True, naming=naming), data,
                        made=MADE).plain_text()
    assert shown in text and "](p" not in text


def test_the_whole_plan_prints_every_part_with_paired_items():
    from peerjournal.core.support_plan import SupportPlan

    plan = SupportPlan(keep_well=("Walks",), triggers=("Bills", "Noise"),
                       trigger_actions=("One letter a day", ""), reasons=("My cat",),
                       places_avoid=("Ward 4",), not_involved=(1,), contacts=(2,))
    data = SummaryData(people=(SAM, ANA), support_plan=plan)
    report = build_report(SummaryOptions(START, END, sections=frozenset({Section.SUPPORT_PLAN}),
                                         naming=Naming.FULL), data, made=MADE)
    text = report.plain_text()
    for line in ("Walks", "Bills → One letter a day", "Noise", "My cat", "Ward 4",
                 "Things that can set me off", "Reasons that matter to me",
                 "People I don't want involved"):
        assert line in text
    assert text.index("Walks") < text.index("Bills") < text.index("Ward 4") < text.index("My cat")


def test_people_not_placed_yet_are_said_as_not_set_and_listed_after_the_circles():
    unset = Person(name="Kit Passing", id=4, relationship=None, closeness=None)
    data = replace(journal_data(), people=(SAM, ANA, OLD, unset))
    (people,) = report_for(sections=frozenset({Section.PEOPLE}), data=data).sections
    table = people.blocks[0]
    assert isinstance(table, Table)
    assert [row[0] for row in table.rows] == ["Sam", "Ana", "Kit"]  # not placed: after every circle
    assert table.rows[-1][1:3] == ("Relationship not set", "Circle not set")  # never a guessed value
