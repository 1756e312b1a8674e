"""A support plan for the sample journal with something in every part: a few lines in each
list, people to involve and one not to, and one clearly made-up service (not a real number)."""

from __future__ import annotations

from collections.abc import Sequence

from peerjournal.core.support_plan import Service, SupportPlan
from peerjournal.demo.sample_text import JESS, NADIA, PRIYA, RACHEL
from peerjournal.storage.journal import Journal

DEMO_SERVICE_NUMBER = "0000 000 000"

_LINES: dict[str, tuple[str, ...]] = {
    "keep_well": ("A walk most mornings, even a short one", "The Tuesday peer group",
                  "Sunday evening calls with Mum", "Going to bed before midnight"),
    "daily_needs": ("A proper breakfast", "Some time outside", "Half an hour on my own"),
    "triggers": ("Money worries piling up", "Arguments at home", "The anniversary in March"),
    "trigger_actions": ("Open one letter at a time, with a cup of tea", "Go for a walk and cool off",
                        "Plan the day in March with Jess"),
    "early_signs": ("Sleeping badly for more than a few nights", "Cancelling plans and staying in",
                    "Leaving messages unanswered"),
    "early_sign_actions": ("Tell Priya how I'm doing", "Go to the Tuesday group anyway",
                           "Keep the day small: one thing at a time"),
    "breakdown_signs": ("Not answering the phone", "Not eating much", "Not leaving the flat for days"),
    "breakdown_needs": ("Check in on me, even if I don't answer", "Bring food round",
                        "Call Rachel if you're worried"),  # each the response to the sign above
    "well_like": ("Chatty, likes a joke", "Out most days, busy with the garden"),
    "what_helps": ("Telling someone how I'm doing, even just a text",
                   "Keeping the day small: one thing at a time",
                   "Ten minutes outside, whatever the weather"),
    "not_helpful": ("Being told to cheer up", "Lots of people at once"),
    "practical": ("Someone to feed the cat (Sam next door has a key)", "Rent is paid by standing order"),
    "decisions": ("Jess can talk to my landlord", "Priya can decide who visits"),
    "places_prefer": ("The crisis house in town", "Jess's spare room"),
    "places_avoid": ("Ward 4, if there is another choice",),
    "after_crisis": ("Sleep and quiet for a few days", "Someone to help with the post",
                     "Back to the Tuesday group, slowly"),
    "reasons": ("My cat", "Jess's kids", "The garden in spring"),
}


def demo_support_plan(stored_ids: Sequence[int]) -> SupportPlan:
    """``stored_ids[i]`` is the id the sample's person ``i`` got."""
    return SupportPlan(
        contacts=(stored_ids[PRIYA], stored_ids[JESS], stored_ids[RACHEL]),
        not_involved=(stored_ids[NADIA],),
        services=(
            Service(
                name="Evening listening line (sample)",
                what="Helpline, evenings",
                how_to_contact=f"{DEMO_SERVICE_NUMBER} (made up for the demo)",
                notes="A sample entry: put the services you use here.",
            ),
        ),
        **_LINES,  # type: ignore[arg-type]
    )


def seed_demo_support_plan(journal: Journal, stored_ids: Sequence[int]) -> None:
    journal.plan.save(demo_support_plan(stored_ids))
