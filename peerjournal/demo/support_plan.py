"""A small support plan for the sample journal: a few lines in each list, one person to
contact and one clearly made-up service (the number is not a real one)."""

from __future__ import annotations

from collections.abc import Sequence

from peerjournal.core.support_plan import Service, SupportPlan
from peerjournal.demo.sample_text import PRIYA
from peerjournal.storage.journal import Journal

DEMO_SERVICE_NUMBER = "0000 000 000"


def demo_support_plan(stored_ids: Sequence[int]) -> SupportPlan:
    """``stored_ids[i]`` is the id the sample's person ``i`` got."""
    return SupportPlan(
        keep_well=(
            "A walk most mornings, even a short one",
            "The Tuesday peer group",
            "Sunday evening calls with Mum",
            "Going to bed before midnight",
        ),
        early_signs=(
            "Sleeping badly for more than a few nights",
            "Cancelling plans and staying in",
            "Leaving messages unanswered",
        ),
        what_helps=(
            "Telling someone how I'm doing, even just a text",
            "Keeping the day small: one thing at a time",
            "Ten minutes outside, whatever the weather",
        ),
        contacts=(stored_ids[PRIYA],),
        services=(
            Service(
                name="Evening listening line (sample)",
                what="Helpline, evenings",
                how_to_contact=f"{DEMO_SERVICE_NUMBER} (made up for the demo)",
                notes="A sample entry: put the services you use here.",
            ),
        ),
    )


def seed_demo_support_plan(journal: Journal, stored_ids: Sequence[int]) -> None:
    journal.plan.save(demo_support_plan(stored_ids))
