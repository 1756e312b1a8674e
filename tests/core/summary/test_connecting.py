"""The printable summary's connecting sections, from hand-built records: only when chosen, the
period's records only, names as chosen, the person's own words only with their notes."""

from __future__ import annotations

from datetime import date

import pytest

from peerjournal.core.connecting.goals import GoalStatus
from peerjournal.core.sharing.options import BASIC_SECTIONS, Naming, Section
from peerjournal.core.summary.connecting import goals_in_period, status_at
from peerjournal.core.summary.report import (
    SECTION_ORDER,
    Bullets,
    Heading,
    Paragraph,
    SummaryData,
    SummaryOptions,
    Table,
    build_report,
)
from tests.core.summary.helpers import (
    CHOIR,
    DATA,
    END,
    GOALS,
    HELP,
    IN_THE_WAY,
    LATEST,
    MADE,
    NEXT,
    PEOPLE,
    SNAPSHOTS,
    START,
    STEP,
    VOLUNTEER,
    WHY,
)


def section(key: Section, data: SummaryData = DATA, **choices):  # type: ignore[no-untyped-def]
    report = build_report(SummaryOptions(START, END, sections=frozenset({key}), **choices), data,
                          made=MADE)
    (only,) = report.sections
    assert only.key == key
    return only, report.plain_text()


def bullets_after(blocks, heading: str) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    at_heading = next(n for n, b in enumerate(blocks) if isinstance(b, Heading) and b.text == heading)
    following = blocks[at_heading + 1]
    assert isinstance(following, Bullets)
    return following.items


# -- the choices --------------------------------------------------------------------------
def test_the_choices_are_the_sharing_sections_and_only_those_chosen_go_in():
    assert set(SECTION_ORDER) == set(Section) and len(SECTION_ORDER) == len(Section)
    assert SummaryOptions(START, END).sections == BASIC_SECTIONS - {Section.SUMMARY}  # the rest when ticked
    basic = build_report(SummaryOptions(START, END), DATA, made=MADE).plain_text()
    for absent in ("Do I know someone who could…?", "Goals and reviews", "Network over time",
                   "Find a walking group", "give me a lift"):
        assert absent not in basic

    chosen = frozenset({Section.GOALS, Section.NETWORK_SNAPSHOTS, Section.RESOURCE_CHECK,
                        Section.MOODS})
    report = build_report(SummaryOptions(START, END, sections=chosen), DATA, made=MADE)
    assert [s.key for s in report.sections] == ["moods", "resource_check", "goals",
                                                "network_snapshots"]
    assert [s.heading for s in report.sections][1:] == [
        "Do I know someone who could…?", "Goals and reviews", "Network over time"]
    assert ("In this summary: Mood check-ins, Do I know someone who could…?, Goals and reviews, "
            "Network over time.") in report.about
    translated = build_report(SummaryOptions(START, END, sections=chosen), DATA, made=MADE,
                              tr=lambda text: f"«{text}»")
    assert [s.heading for s in translated.sections][1:] == [
        "«Do I know someone who could…?»", "«Goals and reviews»", "«Network over time»"]


def test_each_part_says_plainly_when_the_period_has_nothing_for_it():
    empty = SummaryData(people=PEOPLE)
    assert section(Section.RESOURCE_CHECK, empty)[0].blocks == (
        Paragraph("You didn't take the resource check in this period."),)
    assert section(Section.GOALS, empty)[0].blocks == (
        Paragraph("No goals were set, worked on or looked back on in this period."),)
    assert section(Section.NETWORK_SNAPSHOTS, empty)[0].blocks == (
        Paragraph("No snapshots of your network were taken in this period."),)
    # Records from outside the period don't count either.
    early = build_report(SummaryOptions(date(2026, 1, 1), date(2026, 1, 31),
                                        sections=frozenset({Section.RESOURCE_CHECK,
                                                            Section.NETWORK_SNAPSHOTS})),
                         DATA, made=MADE)
    assert [s.blocks[0] for s in early.sections] == [
        Paragraph("You didn't take the resource check in this period."),
        Paragraph("No snapshots of your network were taken in this period.")]


# -- Do I know someone who could…? ----------------------------------------------------------
def test_resource_check_counts_fragile_gaps_and_change_since_the_check_before():
    part, text = section(Section.RESOURCE_CHECK)
    assert part.blocks[0] == Paragraph("Your check on 12 June 2026: someone came to mind for 2 "
                                       "of the 4 questions you answered.")
    table = part.blocks[1]
    assert isinstance(table, Table) and table.headers == ("Part", "Someone", "Not sure", "No")
    assert table.rows == (("Everyday help", "1", "0", "0"), ("Information and advice", "0", "0", "1"),
                          ("Emotional support", "1", "0", "0"), ("Belonging", "0", "1", "0"))
    assert bullets_after(part.blocks, "Resting on one person") == (
        "…give me a lift somewhere? Only Sam.",)
    assert bullets_after(part.blocks, "Nobody yet") == ("…help me understand benefits?",)
    assert bullets_after(part.blocks, "Not sure yet") == ("…introduce me to new people?",)
    assert bullets_after(part.blocks, "Since your check on 10 May 2026") == (
        "Emotional support: questions with someone went from 0 to 1.",
        "Belonging: questions with someone went from 1 to 0.",
        "Someone now: …talk with me when I'm feeling low?",
        "Nobody this time: …introduce me to new people?",
    )
    assert "Sam Jones" not in text and "Ana" not in text  # first names; Ana only in a "yes" of two

    _, hidden = section(Section.RESOURCE_CHECK, naming=Naming.PSEUDONYM)
    assert "…give me a lift somewhere? Only Person A." in hidden and "Sam" not in hidden
    _, full = section(Section.RESOURCE_CHECK, naming=Naming.FULL)
    assert "Only Sam Jones." in full

    first, _ = section(Section.RESOURCE_CHECK, SummaryData(people=PEOPLE, resource_check=LATEST))
    assert first.blocks[-1] == Paragraph(
        "This was your first check, so there is nothing earlier to compare it with.", quiet=True)
    assert not any(isinstance(b, Heading) and b.text.startswith("Since") for b in first.blocks)


# -- goals and reviews ---------------------------------------------------------------------
def test_goals_of_the_period_with_their_state_at_its_end():
    assert [g.goal.title for g in goals_in_period(GOALS, START, END)] == [
        "Find a walking group", "Volunteer at the garden", "Join a choir"]
    assert status_at(VOLUNTEER, END) is GoalStatus.ACTIVE  # done only after the period
    assert status_at(CHOIR, END) is GoalStatus.LET_GO
    assert status_at(CHOIR, date(2026, 6, 10)) is GoalStatus.ACTIVE

    part, text = section(Section.GOALS)
    titles = [b.text for b in part.blocks if isinstance(b, Heading)]
    assert titles == ["Find a walking group", "Volunteer at the garden", "Join a choir"]
    assert "Learn to bake bread" not in text and "Something for later" not in text
    plan = bullets_after(part.blocks, "Find a walking group")
    assert plan == ("Set on 20 May 2026.", "At the end of this period: active.",
                    "Helping with it: Ana", "What might get in the way: anxiety, transport")
    walk = part.blocks.index(Heading("Find a walking group"))
    assert part.blocks[walk + 2] == Paragraph("How it went:")
    assert part.blocks[walk + 3] == Bullets(("20 May 2026: set this goal", "10 June 2026: partly"))
    choir = part.blocks.index(Heading("Join a choir"))
    assert "At the end of this period: let go." in part.blocks[choir + 1].items
    assert part.blocks[choir + 3].items[-1] == "20 June 2026: let go — plans change"
    volunteer = part.blocks.index(Heading("Volunteer at the garden"))
    assert part.blocks[volunteer + 3].items == ("3 June 2026: set this goal",)  # July left out
    body = text.split("\nGoals and reviews\n", 1)[1].lower()  # the section, not the intro
    for word in ("score", "streak", "%", "failed", "progress"):
        assert word not in body


def test_what_was_written_about_goals_only_with_notes_and_helpers_as_named():
    _, without = section(Section.GOALS)
    for words in (WHY, STEP, HELP, IN_THE_WAY, NEXT):
        assert words not in without
    assert "left out, as your notes are" in without

    part, with_notes = section(Section.GOALS, include_notes=True, naming=Naming.PSEUDONYM)
    plan = bullets_after(part.blocks, "Find a walking group")
    assert plan[2:] == ("Helping with it: Person B", "What might get in the way: anxiety, transport",
                        f"Why it matters: {WHY}", f"First step: {STEP}",
                        f"What could help: {HELP.replace('Ana', 'Person B')}")  # names hidden in text too
    assert "20 May 2026: set this goal — first step: ask at the library" in with_notes
    assert ("10 June 2026: partly — what got in the way: the rain; next: try on Saturday"
            in with_notes)
    assert "Ana" not in with_notes  # the helper by pseudonym, and in what the person wrote
    assert "left out, as your notes are" not in with_notes
    _, full = section(Section.GOALS, naming=Naming.FULL)
    assert "Helping with it: Ana Ruiz" in full


# -- network over time ---------------------------------------------------------------------
def test_snapshots_in_the_period_with_shape_counts_and_differences():
    part, text = section(Section.NETWORK_SNAPSHOTS)
    table = part.blocks[0]
    assert isinstance(table, Table)
    assert table.headers == ("Taken", "Why", "Close circle", "Middle circle", "Outer circle",
                             "In all")
    assert [row[0] for row in table.rows] == ["2 June 2026, 12:00", "25 June 2026, 12:00"]
    assert [row[1:] for row in table.rows] == [("saved by you", "1", "1", "1", "3"),
                                               ("after a resource check", "2", "0", "1", "3")]
    assert bullets_after(part.blocks, "The shape of your network") == (
        "2 June 2026, 12:00: A varied mix: family, friends and peers.",
        "25 June 2026, 12:00: A varied mix: family, friends and professionals.",
    )
    assert bullets_after(part.blocks, "From 2 June 2026 to 25 June 2026") == (
        "1 new, 1 moved circle, 1 no longer on the map.",
        "New: Kim (professional, outer circle)",
        "Moved closer: Ana, from the middle circle to the close circle",
        "No longer on the map: Dee (peer / group member, outer circle)",
        "People in the close circle: 1 then, 2 at the end.",
        "People in the middle circle: 1 then, 0 at the end.",
    )
    assert "1 May 2026" not in text  # the snapshot before the period

    _, hidden = section(Section.NETWORK_SNAPSHOTS, naming=Naming.PSEUDONYM)
    assert "New: Person D (professional, outer circle)" in hidden
    assert "Moved closer: Person B" in hidden
    assert "No longer on the map: someone no longer in your list (peer" in hidden
    for name in ("Kim", "Ana", "Dee", "Sam"):
        assert name not in hidden
    _, full = section(Section.NETWORK_SNAPSHOTS, naming=Naming.FULL)
    assert "New: Kim Lee (" in full and "No longer on the map: Dee Walker (" in full


@pytest.mark.parametrize("kept", [0, 2])
def test_one_snapshot_in_the_period_has_nothing_to_compare(kept):
    one = SummaryData(people=PEOPLE, network_snapshots=SNAPSHOTS[kept:kept + 1] + SNAPSHOTS[1:2])
    part, _ = section(Section.NETWORK_SNAPSHOTS, one)
    assert len(part.blocks[0].rows) == 1
    assert part.blocks[-1] == Paragraph("Only one snapshot was taken in this period, so there is "
                                        "nothing to compare it with.", quiet=True)
