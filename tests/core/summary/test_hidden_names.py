"""Names hidden in the support plan: a paired item's response is scrubbed like its sign."""

from __future__ import annotations

from peerjournal.core.records import Person
from peerjournal.core.summary.hidden_names import hide_names
from peerjournal.core.summary.model import SummaryData
from peerjournal.core.support_plan import SupportPlan


def test_a_name_in_a_response_is_replaced_by_its_label():
    priya = Person("Priya Shah", id=1)
    plan = SupportPlan(breakdown_signs=("Priya Shah notices I'm quiet",),
                       breakdown_needs=("Call Priya Shah",), reasons=("Priya Shah",))
    data = hide_names(SummaryData(people=(priya,), support_plan=plan), {1: "Person A"}, "pseudonym")
    hidden = data.support_plan
    assert isinstance(hidden, SupportPlan)
    assert hidden.items("breakdown_signs") == (("Person A notices I'm quiet", "Call Person A"),)
    assert "Priya" not in repr(hidden)


def test_entries_that_name_no_one_are_not_copied():
    """Thirty years of entries were copied twice whole for a few notes that name someone
    (issue 20): an entry with nothing to hide is the same object, one that names someone a
    copy with the name hidden."""
    from datetime import UTC, datetime

    from peerjournal.core.mentions import mention_token
    from peerjournal.core.records import Activity, Contact, MoodCheckIn

    at = datetime(2026, 5, 1, 9, tzinfo=UTC)
    priya = Person("Priya Shah", id=1)
    quiet = MoodCheckIn(at=at, mood=3, feelings=("calm",), note="a walk by the river")
    named = MoodCheckIn(at=at, mood=2, note="tea with Priya Shah")
    mentioned = Contact(at=at, person_ids=(1,), note=f"with {mention_token('Priya Shah', 1)}")
    plain = Activity(at=at, category="outdoors", title="gardening", note="weeded")
    data = SummaryData(people=(priya,), moods=(quiet, named), contacts=(mentioned,), activities=(plain,))
    for naming in ("pseudonym", "first", "full"):
        hidden = hide_names(data, {1: "Person A" if naming == "pseudonym" else "Priya"}, naming)
        assert hidden.moods[0] is quiet and hidden.activities[0] is plain
        assert "Shah" not in hidden.contacts[0].note or naming == "full"
        if naming != "full":
            assert hidden.moods[1] is not named and "Shah" not in hidden.moods[1].note
