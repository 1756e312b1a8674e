"""My support plan: validation keeps the person's words tidy and says clearly what is wrong."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from peerjournal.core.support_plan import (
    CONTACTS_MAX,
    LINE_MAX,
    LINES_MAX,
    SERVICE_HOW_MAX,
    Service,
    SupportPlan,
    clean_lines,
)
from peerjournal.errors import ValidationError


def test_an_empty_plan_is_empty_and_valid():
    plan = SupportPlan()
    assert plan.is_empty
    assert plan.validate() == plan


def test_lines_are_trimmed_and_empty_lines_dropped():
    plan = SupportPlan(
        keep_well=("  A walk  most mornings ", "", "   ", "Music\nand a bath"),
        early_signs=("Not sleeping",),
        what_helps=("\t",),
    ).validate()
    assert plan.keep_well == ("A walk most mornings", "Music and a bath")
    assert plan.early_signs == ("Not sleeping",)
    assert plan.what_helps == ()
    assert not plan.is_empty


def test_a_plan_with_only_a_person_or_a_service_is_not_empty():
    assert not SupportPlan(contacts=(3,)).is_empty
    assert not SupportPlan(services=(Service("Helpline"),)).is_empty


def test_a_line_that_is_too_long_is_refused_with_its_start():
    with pytest.raises(ValidationError, match=f"at most {LINE_MAX} characters") as caught:
        SupportPlan(what_helps=("Walking " + "x" * LINE_MAX,)).validate()
    assert "Walking" in str(caught.value)
    assert clean_lines(["y" * LINE_MAX]) == ("y" * LINE_MAX,)  # exactly the limit is fine


def test_too_many_lines_are_refused():
    with pytest.raises(ValidationError, match=f"at most {LINES_MAX} lines"):
        SupportPlan(keep_well=tuple(f"line {i}" for i in range(LINES_MAX + 1))).validate()


def test_people_keep_their_order_and_appear_once():
    plan = SupportPlan(contacts=(5, 2, 5, 9)).validate()
    assert plan.contacts == (5, 2, 9)


@pytest.mark.parametrize("bad", [0, -1, True])
def test_a_person_id_that_cannot_be_a_person_is_refused(bad):
    with pytest.raises(ValidationError, match="not in your journal"):
        SupportPlan(contacts=(bad,)).validate()


def test_too_many_people_are_refused():
    with pytest.raises(ValidationError, match=f"at most {CONTACTS_MAX} people"):
        SupportPlan(contacts=tuple(range(1, CONTACTS_MAX + 2))).validate()


def test_services_are_tidied_and_empty_ones_dropped():
    plan = SupportPlan(services=(
        Service("  Evening  line ", " helpline,  evenings ", " 0000 000 000\n", "  ask for Jo "),
        Service("", "", " ", ""),
    )).validate()
    assert plan.services == (Service("Evening line", "helpline, evenings", "0000 000 000", "ask for Jo"),)


def test_a_service_needs_a_name_once_anything_is_written():
    with pytest.raises(ValidationError, match="give each service a name"):
        SupportPlan(services=(Service("", how_to_contact="0000 000 000"),)).validate()


def test_service_fields_have_limits():
    with pytest.raises(ValidationError, match=f"“How to contact” can be at most {SERVICE_HOW_MAX}"):
        Service("Line", how_to_contact="1" * (SERVICE_HOW_MAX + 1)).validate()


def test_updated_must_be_aware():
    with pytest.raises(ValidationError, match="time zone"):
        SupportPlan(updated=datetime(2026, 1, 1)).validate()
    when = datetime(2026, 1, 1, tzinfo=UTC)
    assert SupportPlan(updated=when).validate().updated == when


def test_phone_numbers_are_found_in_a_persons_notes_and_nothing_else():
    from peerjournal.core.support_plan import phone_numbers

    notes = ("Phone: +44 7700 900123\nLikes tea, call after 6\nBirthday: 1990-04-02\n"
             "Telefon: 030/1234567\nPhone: +44 7700 900123\nRoom 12")
    assert phone_numbers(notes) == ("+44 7700 900123", "030/1234567")
    assert phone_numbers("") == ()


def test_every_part_is_tidied_and_optional():
    from peerjournal.core.support_plan import CRISIS_FIELDS, LIST_FIELDS, PARTS

    plan = SupportPlan(reasons=("  my cat ", ""), places_avoid=("Ward 4",)).validate()
    assert plan.reasons == ("my cat",) and plan.lines("places_avoid") == ("Ward 4",)
    assert not plan.is_empty and not plan.crisis_is_empty
    assert SupportPlan(reasons=("x",)).crisis_is_empty and SupportPlan().is_empty
    in_parts = [f for _, _, fields in PARTS for f in fields]
    assert set(LIST_FIELDS) | {"contacts", "not_involved", "services"} == set(in_parts)
    assert set(CRISIS_FIELDS) <= set(in_parts)
    with pytest.raises(KeyError):
        plan.lines("contacts")


def test_paired_items_carry_their_own_response_and_keep_their_place():
    """A trigger or sign is an item with its response; an item goes only when both are empty."""
    from peerjournal.core.support_plan import LIST_FIELDS, PAIRED, paired_line

    plan = SupportPlan(triggers=("Bills ", "", "Noise", ""),
                       trigger_actions=(" One letter a day", "Breathe", "", "")).validate()
    assert plan.items("triggers") == (("Bills", "One letter a day"), ("", "Breathe"), ("Noise", ""))
    assert plan.shown_lines("triggers") == ("Bills → One letter a day", "→ Breathe", "Noise")
    assert paired_line("Noise", "") == "Noise"
    assert plan.responses("early_signs") == () and set(PAIRED) <= set(LIST_FIELDS)
    with pytest.raises(ValidationError, match="at most"):
        SupportPlan(early_signs=("ok",), early_sign_actions=("x" * 301,)).validate()
